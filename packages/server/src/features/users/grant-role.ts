import { and, eq } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Role } from '@jalon/domain/access/roles';
import type { Db } from '../../db/database.ts';
import { orgUnit } from '../../db/schema/org-unit.table.ts';
import { roleGrant } from '../../db/schema/role-grant.table.ts';
import { isPlatformAdmin, scopeRoots } from '../../http/actor.ts';
import type { RequestContext } from '../../http/context.ts';
import { recordAudit, type AuditContext } from '../../audit/audit-recorder.ts';
import { isInScope } from '../../org-scope/org-scope.ts';

/** Grants a role on a unit of the administrator's scope; only a platform admin makes another. */
export async function grantRole(db: Db, context: RequestContext, props: { userId: string; role: Role; orgUnitId: string }): Promise<string> {
  if (props.role === 'platform-admin' && !isPlatformAdmin(context.actor)) {
    throw new DomainError('FORBIDDEN', 'Seul un administrateur de la plateforme peut en désigner un autre.', { field: ['role'] });
  }
  if (!(await isInScope(db, props.orgUnitId, scopeRoots(context.actor, 'users.write')))) {
    throw new DomainError('UNKNOWN_ORG_UNIT', 'Entité introuvable dans votre périmètre.', { field: ['orgUnitId'] });
  }
  return insertGrant(db, context, props);
}

export async function insertGrant(db: Db, context: AuditContext, props: { userId: string; role: Role; orgUnitId: string }): Promise<string> {
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

export async function revokeGrant(db: Db, context: RequestContext, props: { userId: string; grantId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(roleGrant).where(and(eq(roleGrant.id, props.grantId), eq(roleGrant.userId, props.userId)));
    const [unit] = row ? await tx.select({ name: orgUnit.name }).from(orgUnit).where(eq(orgUnit.id, row.orgUnitId)) : [];
    if (!row || !(await isInScope(tx, row.orgUnitId, scopeRoots(context.actor, 'users.write')))) {
      throw new DomainError('NOT_FOUND', 'Attribution introuvable.');
    }
    await tx.delete(roleGrant).where(eq(roleGrant.id, row.id));
    await recordAudit(tx, context, { action: 'revoke', entityType: 'user', entityId: row.userId, before: { grantId: row.id, role: row.role, orgUnitId: row.orgUnitId, orgUnitName: unit?.name ?? null } });
  });
}
