import { z } from 'zod';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { isPlatformAdmin, type Actor, type UseCaseContext } from '../../access/actor.ts';
import { assertUserVisible, unitInScope } from '../../access/scope.ts';
import { listAuditEvents, type AuditFilter } from './audit-repository.ts';
import { referencedOrgUnitNames } from './audit-references.ts';

/** One page of the trail the actor may read, with the names of the organisations its entries refer to by id. */
export async function readHistory(db: Db, context: UseCaseContext, filter: AuditFilter) {
  await assertMayReadHistory(db, context.actor, filter.entityType, filter.entityId);
  const { rows, total } = await listAuditEvents(db, filter);
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
  const references = await referencedOrgUnitNames(
    db,
    rows.flatMap((r) => [r.before, r.after]),
  );
  return { items, references, total };
}

/** One object's history is readable where the object is; the whole trail only by platform admins. */
async function assertMayReadHistory(
  db: Db,
  actor: Actor,
  entityType: string | undefined,
  entityId: string | undefined,
): Promise<void> {
  if (isPlatformAdmin(actor)) return;
  if (entityType === 'org_unit' && entityId && z.uuid().safeParse(entityId).success) {
    if (await unitInScope(db, actor, entityId, 'audit.read')) return;
  }
  if (entityType === 'user' && entityId && z.uuid().safeParse(entityId).success) {
    await assertUserVisible(db, actor, entityId, 'audit.read');
    return;
  }
  throw new DomainError('NOT_FOUND', 'Historique introuvable dans votre périmètre.');
}
