import { sql, type SQL } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { PlacedGrant } from '@jalon/domain/access/grant-policy';
import type { Permission, Role } from '@jalon/domain/access/roles';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import type { Db } from '../db/database.ts';
import { ancestorsOf, subtreeIds } from '../org-scope/org-scope.ts';
import { actorMayActOnUser, scopeRoots, type Actor } from './actor.ts';

/*
 * The one place where use cases ask whether an object lies within the actor's
 * reach. Outside it an object does not exist for them: callers answer 404.
 */

/**
 * The unit and its ancestors, nearest first, when the unit lies in a subtree
 * where the actor holds the permission; null when it is unknown or out of reach.
 */
export async function unitChainInScope(
  db: Db,
  actor: Actor,
  unitId: string,
  permission: Permission,
): Promise<{ id: string; kind: OrgUnitKind }[] | null> {
  const chain = await ancestorsOf(db, unitId);
  const scope = scopeRoots(actor, permission);
  if (chain.length === 0 || (scope !== 'all' && !chain.some((u) => scope.includes(u.id)))) return null;
  return chain;
}

/** Whether the org unit lies in a subtree where the actor holds the permission (false for an unknown unit). */
export async function unitInScope(db: Db, actor: Actor, unitId: string, permission: Permission): Promise<boolean> {
  return (await unitChainInScope(db, actor, unitId, permission)) !== null;
}

/**
 * A user is within an administrator's reach when one of its grants lies in the
 * administrator's subtrees. An account without any grant belongs to no unit:
 * only its creator (who is about to give it its first role) and the platform
 * admins see it, never every holder of users.read in every region.
 */
export function userVisibleSql(actor: Actor, permission: Permission): SQL {
  const scope = scopeRoots(actor, permission);
  // The system's scope is always 'all'; naming it again tells the compiler a person remains.
  if (scope === 'all' || actor.kind === 'system') return sql`TRUE`;
  return sql`((NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id) AND u.created_by_id = ${actor.userId})
    OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.org_unit_id IN ${subtreeIds(scope)}))`;
}

export async function assertUserVisible(db: Db, actor: Actor, userId: string, permission: Permission): Promise<void> {
  const found = await db.execute(
    sql`SELECT 1 FROM app_user u WHERE u.id = ${userId} AND ${userVisibleSql(actor, permission)}`,
  );
  if (found.rows.length === 0) throw new DomainError('NOT_FOUND', 'Utilisateur introuvable.');
}

/** Every grant of the user, with the ids of its unit and of that unit's ancestors. */
export async function placedGrantsOf(db: Db, userId: string): Promise<PlacedGrant[]> {
  const result = await db.execute(sql`WITH RECURSIVE up AS (
      SELECT g.id AS grant_id, g.role, o.id, o.parent_id FROM role_grant g JOIN org_unit o ON o.id = g.org_unit_id WHERE g.user_id = ${userId}
      UNION ALL
      SELECT up.grant_id, up.role, p.id, p.parent_id FROM org_unit p JOIN up ON p.id = up.parent_id)
      CYCLE id SET is_cycle USING visited
    SELECT role, array_agg(id::text) AS ancestry FROM up WHERE NOT is_cycle GROUP BY grant_id, role`);
  return result.rows.map((row) => ({ role: row.role as Role, ancestry: row.ancestry as string[] }));
}

/**
 * Editing, deactivating, unlocking a person or changing their roles: 404 when
 * the person is out of reach, 403 when they also hold roles the actor does not
 * administer (elsewhere, or platform admin).
 */
export async function assertMayActOnUser(db: Db, actor: Actor, userId: string): Promise<void> {
  await assertUserVisible(db, actor, userId, 'users.write');
  if (!actorMayActOnUser(actor, await placedGrantsOf(db, userId))) {
    throw new DomainError('FORBIDDEN', 'Cette personne a aussi des rôles que vous n’administrez pas.', {
      details: { reason: 'USER_OUTSIDE_AUTHORITY' },
    });
  }
}
