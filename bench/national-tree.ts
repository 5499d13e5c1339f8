import type pg from 'pg';

/** Size of the national organisation tree the benchmarks run on. */
export const NATIONAL = {
  regions: 10,
  ghtsPerRegion: 3,
  establishmentsPerGht: 100,
  groupingsPerEstablishment: 2,
  unitsPerGrouping: 5,
} as const;

/**
 * 3,000 establishments (300 per region), a site each, 6,000 groupings and
 * 30,000 units, generated level by level in SQL.
 */
export async function generateNationalTree(
  client: pg.Pool,
): Promise<{ regionId: string; establishments: number; units: number }> {
  const n = NATIONAL;
  await client.query(
    `INSERT INTO org_unit (kind, name) SELECT 'region', 'Région ' || i FROM generate_series(1, ${n.regions}) i`,
  );
  await client.query(`INSERT INTO org_unit (kind, parent_id, name)
    SELECT 'ght', r.id, 'GHT ' || r.name || ' ' || i FROM org_unit r, generate_series(1, ${n.ghtsPerRegion}) i WHERE r.kind = 'region'`);
  await client.query(`INSERT INTO org_unit (kind, parent_id, name)
    SELECT 'establishment', g.id, 'Centre hospitalier ' || g.name || ' ' || i FROM org_unit g, generate_series(1, ${n.establishmentsPerGht}) i WHERE g.kind = 'ght'`);
  await client.query(`INSERT INTO establishment (org_unit_id, category, legal_status, department, authorisations)
    SELECT id, 'ch', 'public', '31', '{emergency}' FROM org_unit WHERE kind = 'establishment'`);
  await client.query(`INSERT INTO establishment_capacity (org_unit_id, year, beds, places)
    SELECT id, y, 50 + (abs(hashtext(id::text)) % 900), 20 FROM org_unit, generate_series(2024, 2029) y WHERE kind = 'establishment'`);
  await client.query(
    `INSERT INTO org_unit (kind, parent_id, name) SELECT 'site', e.id, 'Site principal ' || e.name FROM org_unit e WHERE e.kind = 'establishment'`,
  );
  await client.query(`INSERT INTO org_unit (kind, parent_id, name)
    SELECT 'grouping', e.id, 'Pôle ' || i || ' ' || e.name FROM org_unit e, generate_series(1, ${n.groupingsPerEstablishment}) i WHERE e.kind = 'establishment'`);
  await client.query(`INSERT INTO org_unit (kind, parent_id, name)
    SELECT 'unit', p.id, 'Unité ' || i || ' ' || p.name FROM org_unit p,
      generate_series(1, ${n.unitsPerGrouping}) i WHERE p.kind = 'grouping'`);
  await client.query('ANALYZE');
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM org_unit WHERE kind = 'region' ORDER BY name LIMIT 1`,
  );
  const counts = await client.query<{ kind: string; n: number }>(
    `SELECT kind, count(*)::int AS n FROM org_unit GROUP BY kind`,
  );
  const count = (kind: string) => counts.rows.find((r) => r.kind === kind)?.n ?? 0;
  return { regionId: rows[0]!.id, establishments: count('establishment'), units: count('unit') };
}
