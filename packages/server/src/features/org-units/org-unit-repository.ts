import { sql, type SQL } from 'drizzle-orm';
import { cpomTierForYear } from '@jalon/domain/organisation/cpom-tier';
import type {
  Authorisation,
  EstablishmentCategory,
  LegalStatus,
  OrgUnitKind,
} from '@jalon/domain/organisation/establishment';
import type { Db } from '../../db/database.ts';
import { searchMatches } from '../../db/search.ts';
import { subtreeIds, type Scope } from '../../org-scope/org-scope.ts';
import type { ListOrgUnitsQuery, OrgUnitView } from '@jalon/contract/org-units/org-unit';

type Row = Record<string, unknown>;
const rows = async <T = Row>(db: Db, query: SQL): Promise<T[]> => (await db.execute(query)).rows as T[];
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Whether `o.id` lies in the scope's subtrees (a CTE in a WHERE … IN). */
export function scopeFilter(scope: Scope): SQL {
  if (scope === 'all') return sql`TRUE`;
  return sql`o.id IN ${subtreeIds(scope)}`;
}

export async function listOrgUnitIds(
  db: Db,
  query: ListOrgUnitsQuery,
  scope: Scope,
): Promise<{ ids: string[]; total: number }> {
  const where: SQL[] = [];
  if (query.parent) where.push(sql`o.parent_id = ${query.parent}`);
  if (query.kind) where.push(sql`o.kind = ${query.kind}`);
  if (query.q) {
    where.push(
      searchMatches(sql`o.name || ' ' || coalesce(o.short_name, '') || ' ' || coalesce(o.finess, '')`, query.q),
    );
  }
  if (!query.parent && !query.kind && !query.q) {
    // Nothing asked: the tops of what the caller may see.
    where.push(scope === 'all' ? sql`o.parent_id IS NULL` : sql`o.id = ANY(${uuidArray(scope)})`);
  } else {
    where.push(scopeFilter(scope));
  }
  const found = await rows<{ id: string; total: number }>(
    db,
    sql`SELECT o.id, count(*) OVER ()::int AS total FROM org_unit o
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY jalon_search_text(o.name), o.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
  );
  return { ids: found.map((r) => r.id), total: found[0]?.total ?? 0 };
}

type PathRow = { start: string; id: string; name: string; kind: OrgUnitKind; lvl: number };
type CapacityRow = { org_unit_id: string; year: number; beds: number; places: number };
type AssociationRow = { establishment_id: string; id: string; name: string };

/** What views are built from, in five queries run one after another (a transaction has one connection). */
async function fetchViewParts(db: Db, ids: readonly string[]) {
  const idArray = uuidArray(ids);
  return {
    units: await rows(
      db,
      sql`SELECT o.*, (SELECT count(*)::int FROM org_unit c WHERE c.parent_id = o.id) AS child_count FROM org_unit o WHERE o.id = ANY(${idArray})`,
    ),
    paths: await rows<PathRow>(
      db,
      sql`WITH RECURSIVE up AS (
            SELECT id AS start, parent_id, 0 AS lvl FROM org_unit WHERE id = ANY(${idArray})
            UNION ALL SELECT up.start, p.parent_id, up.lvl + 1 FROM org_unit p JOIN up ON p.id = up.parent_id)
            CYCLE start, parent_id SET is_cycle USING visited
          SELECT up.start, o.id, o.name, o.kind, up.lvl FROM up JOIN org_unit o ON o.id = up.parent_id
          WHERE NOT up.is_cycle ORDER BY up.lvl DESC`,
    ),
    establishments: await rows(db, sql`SELECT * FROM establishment WHERE org_unit_id = ANY(${idArray})`),
    capacities: await rows<CapacityRow>(
      db,
      sql`SELECT * FROM establishment_capacity WHERE org_unit_id = ANY(${idArray}) ORDER BY year`,
    ),
    associations: await rows<AssociationRow>(
      db,
      sql`SELECT a.establishment_id, g.id, g.name FROM ght_association a JOIN org_unit g ON g.id = a.ght_id
          WHERE a.establishment_id = ANY(${idArray}) ORDER BY g.name`,
    ),
  };
}

/** Full views of units, in the order of `ids`, in a fixed number of queries. */
export async function loadOrgUnitViews(
  db: Db,
  ids: readonly string[],
  year = new Date().getFullYear(),
): Promise<OrgUnitView[]> {
  if (ids.length === 0) return [];
  const parts = await fetchViewParts(db, ids);
  const byId = new Map(parts.units.map((u) => [u.id as string, u]));
  return ids.flatMap((id) => {
    const u = byId.get(id);
    return u ? [toView(id, u, parts, year)] : [];
  });
}

function toView(id: string, u: Row, parts: Awaited<ReturnType<typeof fetchViewParts>>, year: number): OrgUnitView {
  const e = parts.establishments.find((x) => x.org_unit_id === id);
  const caps = parts.capacities
    .filter((c) => c.org_unit_id === id)
    .map(({ year: y, beds, places }) => ({ year: y, beds, places }));
  return {
    id,
    kind: u.kind as OrgUnitKind,
    parentId: (u.parent_id as string | null) ?? null,
    name: u.name as string,
    shortName: (u.short_name as string | null) ?? null,
    finess: (u.finess as string | null) ?? null,
    path: parts.paths.filter((p) => p.start === id).map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
    childCount: u.child_count as number,
    version: u.version as number,
    createdAt: new Date(u.created_at as string).toISOString(),
    updatedAt: new Date(u.updated_at as string).toISOString(),
    establishment: e
      ? {
          category: e.category as EstablishmentCategory,
          legalStatus: e.legal_status as LegalStatus,
          department: e.department as string,
          capacities: caps,
          authorisations: e.authorisations as Authorisation[],
          cpomTier: cpomTierForYear(caps, year) ?? null,
          associatedGhts: parts.associations
            .filter((a) => a.establishment_id === id)
            .map((a) => ({ id: a.id, name: a.name })),
        }
      : null,
  };
}

/** The whole subtree under a unit, depth-first by name: one recursive query. */
export function subtreeQuery(id: string): SQL {
  return sql`WITH RECURSIVE t AS (
      SELECT id, parent_id, kind, name, finess, 0 AS depth FROM org_unit WHERE id = ${id}
      UNION ALL
      SELECT c.id, c.parent_id, c.kind, c.name, c.finess, t.depth + 1 FROM org_unit c JOIN t ON c.parent_id = t.id)
      CYCLE id SET is_cycle USING visited
    SELECT id, parent_id AS "parentId", kind, name, finess, depth FROM t WHERE NOT is_cycle`;
}

export async function subtree(db: Db, id: string) {
  return rows<{
    id: string;
    parentId: string | null;
    kind: OrgUnitKind;
    name: string;
    finess: string | null;
    depth: number;
  }>(db, subtreeQuery(id));
}
