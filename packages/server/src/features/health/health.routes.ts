import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../db/database.ts';
import { PUBLIC } from '../../http/access.ts';
import { JALON_VERSION } from '../../version.ts';
import { healthSchema } from '@jalon/contract/health/health';

export function healthRoutes(database: Database) {
  return async function register(app: FastifyInstance): Promise<void> {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/health',
      {
        config: { access: PUBLIC },
        schema: { summary: 'État du service', tags: ['Système'], response: { 200: healthSchema, 503: healthSchema } },
      },
      async (_request, reply) => {
        const ok = await database.pool
          .query('SELECT 1')
          .then(() => true)
          .catch(() => false);
        return reply
          .code(ok ? 200 : 503)
          .send({ status: ok ? 'ok' : 'degraded', database: ok ? 'ok' : 'unreachable', version: JALON_VERSION });
      },
    );
  };
}
