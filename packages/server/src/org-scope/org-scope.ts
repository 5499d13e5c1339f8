import { sql, type SQL } from 'drizzle-orm';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import type { Db } from '../db/database.ts';

/** 'all' for platform admins, else the roots of the caller's subtrees. */
export type Scope = 'all' | readonly string[];

/**
 * A subquery of the ids of every unit in the subtrees of `roots` (the roots
 * included), for `… IN ${subtreeIds(roots)}`; it carries the cycle guard
 * described below.
 */
export function subtreeIds(roots: readonly string[]): SQL {
  return sql`(WITH RECURSIVE s AS (
      SELECT id FROM org_unit WHERE id = ANY(${`{${roots.join(',')}}`}::uuid[])
      UNION ALL SELECT c.id FROM org_unit c JOIN s ON c.parent_id = s.id)
      CYCLE id SET is_cycle USING visited
    SELECT id FROM s WHERE NOT is_cycle)`;
}

/**
 * The unit and its ancestors, nearest first. Moves refuse cycles, but a row
 * edited by hand or restored from a damaged backup could hold one: `CYCLE`
 * stops the walk at the first unit seen twice instead of looping until the
 * statement times out. Every recursive walk of the tree carries this guard.
 */
export async function ancestorsOf(db: Db, id: string): Promise<{ id: string; kind: OrgUnitKind }[]> {
  const result = await db.execute(
    sql`WITH RECURSIVE up AS (
          SELECT id, parent_id, kind, 0 AS lvl FROM org_unit WHERE id = ${id}
          UNION ALL
          SELECT p.id, p.parent_id, p.kind, up.lvl + 1 FROM org_unit p JOIN up ON p.id = up.parent_id)
          CYCLE id SET is_cycle USING visited
        SELECT id, kind FROM up WHERE NOT is_cycle ORDER BY lvl`,
  );
  return result.rows as { id: string; kind: OrgUnitKind }[];
}
