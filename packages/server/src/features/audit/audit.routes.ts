import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { auditEvent } from '../../db/schema/audit-event.table.ts';
import { needs } from '../../http/access.ts';
import { isPlatformAdmin, scopeRoots, type Actor } from '../../http/actor.ts';
import { contextOf } from '../../http/context.ts';
import { isInScope } from '../../org-scope/org-scope.ts';
import { assertUserVisible } from '../../accounts/user-scope.ts';
import { referencedOrgUnitNames } from './audit-references.ts';
import { auditPageSchema, auditQuery } from '@jalon/contract/audit/audit-entry';

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
          response: {
            200: auditPageSchema,
          },
        },
      },
      async (request) => {
        const { entityType, entityId, page, pageSize } = request.query;
        await assertMayReadHistory(db, contextOf(request).actor, entityType, entityId);
        const where: SQL[] = [];
        if (entityType) where.push(eq(auditEvent.entityType, entityType));
        if (entityId) where.push(eq(auditEvent.entityId, entityId));
        const condition = where.length ? and(...where) : undefined;
        const [rows, [total]] = await Promise.all([
          db.select().from(auditEvent).where(condition).orderBy(desc(auditEvent.id)).limit(pageSize).offset((page - 1) * pageSize),
          db.select({ n: count() }).from(auditEvent).where(condition),
        ]);
        const items = rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actor: r.actorId ? { id: r.actorId, displayName: r.actorName ?? '' } : null,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          before: r.before,
          after: r.after,
          requestId: r.requestId,
        }));
        const references = await referencedOrgUnitNames(db, rows.flatMap((r) => [r.before, r.after]));
        return { items, references, page, pageSize, total: total?.n ?? 0 };
      },
    );
  };
}

/** One object's history is readable where the object is; the whole trail only by platform admins. */
async function assertMayReadHistory(db: Db, actor: Actor, entityType: string | undefined, entityId: string | undefined): Promise<void> {
  if (isPlatformAdmin(actor)) return;
  if (entityType === 'org_unit' && entityId && z.uuid().safeParse(entityId).success) {
    if (await isInScope(db, entityId, scopeRoots(actor, 'audit.read'))) return;
  }
  if (entityType === 'user' && entityId && z.uuid().safeParse(entityId).success) {
    await assertUserVisible(db, actor, entityId, 'audit.read');
    return;
  }
  throw new DomainError('NOT_FOUND', 'Historique introuvable dans votre périmètre.');
}
