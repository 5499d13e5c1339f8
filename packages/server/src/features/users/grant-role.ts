import { and, eq } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Role } from '@jalon/domain/access/roles';
import type { Db } from '../../db/database.ts';
import { orgUnit } from '../../db/schema/org-unit.table.ts';
import { roleGrant } from '../../db/schema/role-grant.table.ts';
import {
  actorAdministersUnit,
  actorMayManageGrant,
  isPlatformAdmin,
  type Actor,
  type UseCaseContext,
} from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { assertMayActOnUser } from '../../access/scope.ts';
import { ancestorsOf } from '../../org-scope/org-scope.ts';

/**
 * Grants a role on a unit of the administrator's scope, to a person it
 * administers, and only a role whose every permission the administrator holds
 * there: nobody climbs the ladder by granting themselves, or an accomplice.
 */
export async function grantRole(
  db: Db,
  context: UseCaseContext,
  props: { userId: string; role: Role; orgUnitId: string },
): Promise<string> {
  if (props.role === 'platform-admin' && !isPlatformAdmin(context.actor)) {
    throw new DomainError('FORBIDDEN', 'Seul un administrateur de la plateforme peut en désigner un autre.', {
      field: ['role'],
    });
  }
  await assertMayActOnUser(db, context.actor, props.userId);
  const ancestry = (await ancestorsOf(db, props.orgUnitId)).map((u) => u.id);
  if (ancestry.length === 0 || !actorAdministersUnit(context.actor, ancestry)) {
    throw new DomainError('UNKNOWN_ORG_UNIT', 'Entité introuvable dans votre périmètre.', { field: ['orgUnitId'] });
  }
  assertMayManage(context.actor, props.role, ancestry);
  return insertGrant(db, context, props);
}

function assertMayManage(actor: Actor, role: Role, ancestry: string[]): void {
  if (actorMayManageGrant(actor, { role, ancestry })) return;
  throw new DomainError('FORBIDDEN', 'Ce rôle donne des droits que vous n’avez pas sur cette entité.', {
    field: ['role'],
    details: { reason: 'ROLE_ABOVE_ACTOR' },
  });
}

export async function insertGrant(
  db: Db,
  context: UseCaseContext,
  props: { userId: string; role: Role; orgUnitId: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(roleGrant).values(props).onConflictDoNothing().returning({ id: roleGrant.id });
    if (!row) throw new DomainError('GRANT_EXISTS', 'Ce rôle est déjà attribué sur cette entité.', { field: ['role'] });
    // Recorded in the user's own history: that is where an administrator looks for it.
    const [unit] = await tx.select({ name: orgUnit.name }).from(orgUnit).where(eq(orgUnit.id, props.orgUnitId));
    await recordAudit(tx, context, {
      action: 'grant',
      entityType: 'user',
      entityId: props.userId,
      after: { grantId: row.id, role: props.role, orgUnitId: props.orgUnitId, orgUnitName: unit?.name ?? null },
    });
    return row.id;
  });
}

/** Removes a grant held in the administrator's scope, under the same ladder as granting it. */
export async function revokeGrant(
  db: Db,
  context: UseCaseContext,
  props: { userId: string; grantId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(roleGrant)
      .where(and(eq(roleGrant.id, props.grantId), eq(roleGrant.userId, props.userId)));
    const ancestry = row ? (await ancestorsOf(tx, row.orgUnitId)).map((u) => u.id) : [];
    if (!row || !actorAdministersUnit(context.actor, ancestry))
      throw new DomainError('NOT_FOUND', 'Attribution introuvable.');
    await assertMayActOnUser(tx, context.actor, props.userId);
    assertMayManage(context.actor, row.role as Role, ancestry);
    const [unit] = await tx.select({ name: orgUnit.name }).from(orgUnit).where(eq(orgUnit.id, row.orgUnitId));
    await tx.delete(roleGrant).where(eq(roleGrant.id, row.id));
    await recordAudit(tx, context, {
      action: 'revoke',
      entityType: 'user',
      entityId: row.userId,
      before: { grantId: row.id, role: row.role, orgUnitId: row.orgUnitId, orgUnitName: unit?.name ?? null },
    });
  });
}
