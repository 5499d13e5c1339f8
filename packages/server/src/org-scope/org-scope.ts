import { sql } from 'drizzle-orm';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import type { Db } from '../db/database.ts';

/** 'all' for platform admins, else the roots of the caller's subtrees. */
export type Scope = 'all' | readonly string[];

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
