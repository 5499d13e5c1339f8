import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orgUnit } from '../../db/schema/org-unit.table.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids a snapshot points at through `…Id` fields (parentId, orgUnitId…), nested objects included. */
function referencedIds(snapshot: unknown, found: Set<string>): void {
  if (typeof snapshot !== 'object' || snapshot === null) return;
  for (const [key, value] of Object.entries(snapshot)) {
    if (key.endsWith('Id') && typeof value === 'string' && UUID.test(value)) found.add(value);
    else if (typeof value === 'object') referencedIds(value, found);
  }
}

/**
 * The names of the organisations a page of audit entries refers to, so the
 * history can say "Organisation parente — GHT Est-Hérault" instead of an id.
 * A unit deleted since is simply absent. The reader already sees the entry;
 * the names of its parents are in the breadcrumb of any unit they can open.
 */
export async function referencedOrgUnitNames(db: Db, snapshots: readonly unknown[]): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const snapshot of snapshots) referencedIds(snapshot, ids);
  if (ids.size === 0) return {};
  const rows = await db
    .select({ id: orgUnit.id, name: orgUnit.name })
    .from(orgUnit)
    .where(inArray(orgUnit.id, [...ids]));
  return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}
