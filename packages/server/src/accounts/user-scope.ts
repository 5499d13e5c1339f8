import { sql, type SQL } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Permission } from '@jalon/domain/access/roles';
import type { Db } from '../db/database.ts';
import { scopeRoots, type Actor } from '../http/actor.ts';

/**
 * A user is within an administrator's reach when one of its grants lies in the
 * administrator's subtrees, or when it has no grant yet (a new account waiting
 * for its first role).
 */
export function userVisibleSql(actor: Actor, permission: Permission): SQL {
  const scope = scopeRoots(actor, permission);
  if (scope === 'all') return sql`TRUE`;
  return sql`(NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id)
    OR EXISTS (
      WITH RECURSIVE s AS (
        SELECT id FROM org_unit WHERE id = ANY(${`{${scope.join(',')}}`}::uuid[])
        UNION ALL SELECT c.id FROM org_unit c JOIN s ON c.parent_id = s.id)
        CYCLE id SET is_cycle USING visited
      SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.org_unit_id IN (SELECT id FROM s WHERE NOT is_cycle)))`;
}

export async function assertUserVisible(db: Db, actor: Actor, userId: string, permission: Permission): Promise<void> {
  const found = await db.execute(sql`SELECT 1 FROM app_user u WHERE u.id = ${userId} AND ${userVisibleSql(actor, permission)}`);
  if (found.rows.length === 0) throw new DomainError('NOT_FOUND', 'Utilisateur introuvable.');
}
