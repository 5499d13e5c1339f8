import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuery } from '@jalon/contract/audit/audit-entry';
import type { Db } from '../../db/database.ts';
import { needs } from '../../http/access.ts';
import { contextOf } from '../../http/context.ts';
import { readHistory } from './read-history.ts';

export function auditRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    instance.withTypeProvider<ZodTypeProvider>().get(
      '/api/audit',
      {
        config: { access: needs('audit.read') },
        schema: {
          summary: "Historique des modifications d'un objet",
          tags: ['Audit'],
          querystring: auditQuery,
          response: { 200: auditPageSchema },
        },
      },
      async (request) => {
        const { entityType, entityId, page, pageSize } = request.query;
        const { items, references, total } = await readHistory(db, contextOf(request), {
          entityType,
          entityId,
          page,
          pageSize,
        });
        return { items, references, page, pageSize, total };
      },
    );
  };
}
