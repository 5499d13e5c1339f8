import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { needs } from '../../http/access.ts';
import { contextOf } from '../../http/context.ts';
import { requiredVersion, withEtag } from '../../http/versioning.ts';
import { establishmentInScope } from './establishment-profile.ts';
import { catalogueFor, establishmentTargets } from './establishment-targets.ts';
import { putValue } from './put-value.ts';
import {
  establishmentParams,
  establishmentTargetsSchema,
  putValueBody,
  storedValueSchema,
  targetsQuery,
  valueParams,
  valuesQuery,
} from './targets-schemas.ts';
import { storedValueOf, valuesOf } from './value-store.ts';

const tags = ['CPOM'];
const read = { access: needs('org.read') };

/** If-Match is optional here: a first value has no version to send. */
function optionalVersion(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : requiredVersion(request);
}

export function targetRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();

    app.get('/api/establishments/:id/targets', { config: read, schema: { summary: 'Cibles CPOM d’un établissement pour une année', description: 'Chaque indicateur applicable avec sa cible résolue, la valeur déclarée et l’appréciation.', tags, params: establishmentParams, querystring: targetsQuery, response: { 200: establishmentTargetsSchema } } }, async (request) => {
      const loaded = await establishmentInScope(db, contextOf(request), request.params.id, 'org.read');
      return establishmentTargets(db, loaded, request.query);
    });

    app.get('/api/establishments/:id/indicator-values', { config: read, schema: { summary: 'Valeurs déclarées d’un établissement', tags, params: establishmentParams, querystring: valuesQuery, response: { 200: z.object({ items: z.array(storedValueSchema) }) } } }, async (request) => {
      const loaded = await establishmentInScope(db, contextOf(request), request.params.id, 'org.read');
      const catalogue = await catalogueFor(db, loaded, request.query.catalogue);
      if (!catalogue) return { items: [] };
      return { items: (await valuesOf(db, loaded.profile.id, catalogue.id, request.query.year)).map(storedValueOf) };
    });

    app.put('/api/establishments/:id/indicator-values/:code/:year', { config: { access: needs('values.write') }, schema: { summary: 'Déclarer la valeur d’un indicateur pour une année', description: 'Remplacer une valeur existante exige If-Match.', tags, params: valueParams, querystring: valuesQuery.pick({ catalogue: true }), body: putValueBody, response: { 200: storedValueSchema } } }, async (request, reply) => {
      const { id, code, year } = request.params;
      const stored = await putValue(db, contextOf(request), {
        establishmentId: id, code, year, catalogue: request.query.catalogue, version: optionalVersion(request), body: request.body,
      });
      return withEtag(reply, stored);
    });
  };
}
