import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../../db/database.ts';
import { AUTHENTICATED, needs } from '../../../http/access.ts';
import { contextOf } from '../../../http/context.ts';
import { requiredVersion, withEtag } from '../../../http/versioning.ts';
import { attachCatalogue } from '../catalogues/attach-catalogue.ts';
import { detailOf, findFiche, listCatalogues, listIndicators, listVersions, loadVersion } from './indicator-queries.ts';
import {
  attachCatalogueBody,
  catalogueQuery,
  catalogueListSchema,
  catalogueSummarySchema,
  codeParams,
  indicatorDetailSchema,
  indicatorPageSchema,
  listIndicatorsQuery,
  slugParams,
  updateIndicatorBody,
  versionDetailSchema,
  versionParams,
  versionListSchema,
} from '@jalon/contract/indicators/fiche';
import { catalogueNotFound } from '../../../catalogues/catalogue-store.ts';
import { updateIndicator } from './update-indicator.ts';

const tags = ['Indicateurs'];
// The fiches are the published annex of a contract: anyone signed in may read them.
const read = { access: AUTHENTICATED };

export function indicatorRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/catalogues',
      {
        config: read,
        schema: { summary: 'Lister les catalogues d’indicateurs', tags, response: { 200: catalogueListSchema } },
      },
      async () => ({
        items: await listCatalogues(db),
      }),
    );

    app.get(
      '/api/catalogues/:slug',
      {
        config: read,
        schema: { summary: 'Lire un catalogue', tags, params: slugParams, response: { 200: catalogueSummarySchema } },
      },
      async (request) => {
        const [catalogue] = await listCatalogues(db, request.params.slug);
        if (!catalogue) throw catalogueNotFound(request.params.slug);
        return catalogue;
      },
    );

    app.patch(
      '/api/catalogues/:slug',
      {
        config: { access: needs('catalogue.write') },
        schema: {
          summary: 'Rattacher un catalogue à une région',
          description: 'Réservé aux administrateurs de la plateforme.',
          tags,
          params: slugParams,
          body: attachCatalogueBody,
          response: { 200: catalogueSummarySchema },
        },
      },
      async (request) => {
        return attachCatalogue(db, contextOf(request), request.params.slug, request.body.regionId);
      },
    );

    app.get(
      '/api/indicators',
      {
        config: read,
        schema: {
          summary: 'Lister les indicateurs',
          tags,
          querystring: listIndicatorsQuery,
          response: { 200: indicatorPageSchema },
        },
      },
      async (request) => {
        const { query } = request;
        const { items, total } = await listIndicators(db, query);
        return { items, page: query.page, pageSize: query.pageSize, total };
      },
    );

    app.get(
      '/api/indicators/:code',
      {
        config: read,
        schema: {
          summary: 'Lire la fiche d’un indicateur',
          tags,
          params: codeParams,
          querystring: catalogueQuery,
          response: { 200: indicatorDetailSchema },
        },
      },
      async (request, reply) => {
        return withEtag(reply, detailOf(await findFiche(db, request.params.code, request.query.catalogue)));
      },
    );

    app.put(
      '/api/indicators/:code',
      {
        config: { access: needs('catalogue.write') },
        schema: {
          summary: 'Modifier la fiche d’un indicateur',
          description: 'Crée une nouvelle version ; exige If-Match.',
          tags,
          params: codeParams,
          querystring: catalogueQuery,
          body: updateIndicatorBody,
          response: { 200: indicatorDetailSchema },
        },
      },
      async (request, reply) => {
        const detail = await updateIndicator(db, contextOf(request), {
          code: request.params.code,
          catalogue: request.query.catalogue,
          version: requiredVersion(request),
          definition: request.body.definition,
          note: request.body.note,
        });
        return withEtag(reply, detail);
      },
    );

    app.get(
      '/api/indicators/:code/versions',
      {
        config: read,
        schema: {
          summary: 'Versions d’une fiche',
          tags,
          params: codeParams,
          querystring: catalogueQuery,
          response: { 200: versionListSchema },
        },
      },
      async (request) => {
        const fiche = await findFiche(db, request.params.code, request.query.catalogue);
        return { items: await listVersions(db, fiche.id) };
      },
    );

    app.get(
      '/api/indicators/:code/versions/:version',
      {
        config: read,
        schema: {
          summary: 'Lire une version d’une fiche',
          tags,
          params: versionParams,
          querystring: catalogueQuery,
          response: { 200: versionDetailSchema },
        },
      },
      async (request) => {
        const fiche = await findFiche(db, request.params.code, request.query.catalogue);
        return loadVersion(db, fiche.id, request.params.version);
      },
    );
  };
}
