import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { needs } from '../../http/access.ts';
import { contextOf } from '../../http/context.ts';
import { readHistory } from './read-history.ts';

const ENTITY_TYPES = ['org_unit', 'user', 'grant', 'api_token', 'session', 'indicator_catalogue', 'indicator_definition', 'indicator_value', 'cpom_target_override'] as const;

const query = z.object({
  entityType: z.enum(ENTITY_TYPES).optional(),
  entityId: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const entrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export function auditRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    instance.withTypeProvider<ZodTypeProvider>().get(
      '/api/audit',
      {
        config: { access: needs('audit.read') },
        schema: {
          summary: "Historique des modifications d'un objet",
          tags: ['Audit'],
          querystring: query,
          response: {
            200: z.object({
              items: z.array(entrySchema),
              /** Names of the organisations the entries refer to by id (parentId…), by id. */
              references: z.record(z.string(), z.string()),
              page: z.number(),
              pageSize: z.number(),
              total: z.number(),
            }),
          },
        },
      },
      async (request) => {
        const { entityType, entityId, page, pageSize } = request.query;
        const { items, references, total } = await readHistory(db, contextOf(request), { entityType, entityId, page, pageSize });
        return { items, references, page, pageSize, total };
      },
    );
  };
}

