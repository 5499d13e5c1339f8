import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../../db/database.ts';
import { needs } from '../../../http/access.ts';
import { contextOf } from '../../../http/context.ts';
import { requiredVersion, withEtag } from '../../../http/versioning.ts';
import { noContent } from '../../../http/openapi.ts';
import { establishmentInScope } from './establishment-profile.ts';
import { catalogueFor, establishmentTargets } from './establishment-targets.ts';
import { putValue } from '../values/put-value.ts';
import {
  establishmentParams,
  establishmentTargetsSchema,
  putValueBody,
  storedValueListSchema,
  storedValueSchema,
  targetsQuery,
  valueParams,
  valuesQuery,
} from '@jalon/contract/indicators/establishment-targets';
import { storedValueOf, valuesOf } from '../values/value-store.ts';
import { negotiateTarget, withdrawTarget } from '../negotiation/negotiate-target.ts';
import {
  deleteOverrideQuery,
  overrideListSchema,
  overrideParams,
  overrideSchema,
  overridesQuery,
  putOverrideBody,
} from '@jalon/contract/indicators/negotiated-target';
import { overrideOf, overridesOf } from '../negotiation/override-store.ts';
import { fichesOf } from '../../../catalogues/catalogue-store.ts';

const tags = ['CPOM'];
const read = { access: needs('org.read') };

/** If-Match is optional here: a first value has no version to send. */
function optionalVersion(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : requiredVersion(request);
}

export function targetRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/establishments/:id/targets',
      {
        config: read,
        schema: {
          summary: 'Cibles CPOM d’un établissement pour une année',
          description: 'Chaque indicateur applicable avec sa cible résolue, la valeur déclarée et l’appréciation.',
          tags,
          params: establishmentParams,
          querystring: targetsQuery,
          response: { 200: establishmentTargetsSchema },
        },
      },
      async (request) => {
        const loaded = await establishmentInScope(db, contextOf(request), request.params.id, 'org.read');
        return establishmentTargets(db, loaded, request.query);
      },
    );

    app.get(
      '/api/establishments/:id/indicator-values',
      {
        config: read,
        schema: {
          summary: 'Valeurs déclarées d’un établissement',
          tags,
          params: establishmentParams,
          querystring: valuesQuery,
          response: { 200: storedValueListSchema },
        },
      },
      async (request) => {
        const loaded = await establishmentInScope(db, contextOf(request), request.params.id, 'org.read');
        const catalogue = await catalogueFor(db, loaded, request.query.catalogue);
        if (!catalogue) return { items: [] };
        return { items: (await valuesOf(db, loaded.profile.id, catalogue.id, request.query.year)).map(storedValueOf) };
      },
    );

    app.put(
      '/api/establishments/:id/indicator-values/:code/:year',
      {
        config: { access: needs('values.write') },
        schema: {
          summary: 'Déclarer la valeur d’un indicateur pour une année',
          description: 'Remplacer une valeur existante exige If-Match.',
          tags,
          params: valueParams,
          querystring: valuesQuery.pick({ catalogue: true }),
          body: putValueBody,
          response: { 200: storedValueSchema },
        },
      },
      async (request, reply) => {
        const { id, code, year } = request.params;
        const stored = await putValue(db, contextOf(request), {
          establishmentId: id,
          code,
          year,
          catalogue: request.query.catalogue,
          version: optionalVersion(request),
          body: request.body,
        });
        return withEtag(reply, stored);
      },
    );

    app.get(
      '/api/establishments/:id/target-overrides',
      {
        config: read,
        schema: {
          summary: 'Cibles négociées d’un établissement',
          tags,
          params: establishmentParams,
          querystring: overridesQuery,
          response: { 200: overrideListSchema },
        },
      },
      async (request) => {
        const loaded = await establishmentInScope(db, contextOf(request), request.params.id, 'org.read');
        const catalogue = await catalogueFor(db, loaded, request.query.catalogue);
        if (!catalogue) return { items: [] };
        const fiches = new Map((await fichesOf(db, catalogue)).map((f) => [f.definition.code, f.definition]));
        const rows = await overridesOf(db, loaded.profile.id, catalogue.id, request.query.year);
        return { items: rows.map((row) => overrideOf(row, fiches.get(row.code)!)) };
      },
    );

    app.put(
      '/api/establishments/:id/target-overrides/:code/:year',
      {
        config: { access: needs('catalogue.write') },
        schema: {
          summary: 'Négocier la cible d’un indicateur pour une année',
          description:
            'Remplace la règle de la fiche pour cet établissement (une composante, ou toutes si component est null). Remplacer une cible négociée exige If-Match.',
          tags,
          params: overrideParams,
          querystring: overridesQuery.pick({ catalogue: true }),
          body: putOverrideBody,
          response: { 200: overrideSchema },
        },
      },
      async (request, reply) => {
        const { id, code, year } = request.params;
        const key = {
          establishmentId: id,
          code,
          year,
          catalogue: request.query.catalogue,
          component: request.body.component,
        };
        const override = await negotiateTarget(db, contextOf(request), key, {
          rule: request.body.rule,
          reason: request.body.reason,
          version: optionalVersion(request),
        });
        return withEtag(reply, override);
      },
    );

    app.delete(
      '/api/establishments/:id/target-overrides/:code/:year',
      {
        config: { access: needs('catalogue.write') },
        schema: {
          summary: 'Rendre la cible de la fiche',
          tags,
          params: overrideParams,
          querystring: deleteOverrideQuery,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        const { id, code, year } = request.params;
        const key = {
          establishmentId: id,
          code,
          year,
          catalogue: request.query.catalogue,
          component: request.query.component ?? null,
        };
        await withdrawTarget(db, contextOf(request), key, requiredVersion(request));
        return reply.code(204).send();
      },
    );
  };
}
