import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { validateIndicatorValue, type IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { buildApp } from '../packages/server/src/app.ts';
import { systemContext } from '../packages/server/src/access/actor.ts';
import { installCatalogues } from '../packages/server/src/catalogues/install-catalogues.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateDatabase } from '../packages/server/src/db/migrate.ts';
import { createApiToken } from '../packages/server/src/features/account/create-api-token.ts';
import { createUser } from '../packages/server/src/features/users/create-user.ts';
import { insertGrant } from '../packages/server/src/features/users/grant-role.ts';
import { generateNationalTree } from './national-tree.ts';
import { medianTime } from './timing.ts';
import type { BenchFigure } from './target-engine.ts';

const CATALOGUE = 'cpom-occitanie-2025-2029';
const YEARS = [2024, 2025] as const;
const WARM_UP = 5;
const RUNS = 50;

type Figures = Omit<IndicatorValue, 'year'>;

/** The floor every row sets for a chosen target that year, so the choice passes validation. */
function chosenFloor(fiche: IndicatorDefinition, year: number): number | undefined {
  let floor: number | undefined;
  for (const row of fiche.targets) {
    const rule = row.years[String(year)];
    if (rule?.shape === 'chosen-within-floor')
      floor = Math.max(floor ?? rule.floor, rule.floor + (rule.comparator === '>' ? 1 : 0));
  }
  return floor;
}

/** One value per kind, varied by establishment and year so judgements differ; no randomness. */
function figuresOf(fiche: IndicatorDefinition, n: number, year: number): Figures {
  const step = year - 2024;
  const kind = fiche.kind;
  switch (kind.type) {
    case 'count':
      return { value: 3 + (n % 20) + 2 * step };
    case 'rate':
      return kind.share === false
        ? { numerator: 8 + (n % 6) + step, denominator: 2 }
        : { numerator: 20 + (n % 60) + 5 * step, denominator: 200 };
    case 'boolean':
      return { value: (n + step) % 3 !== 0 };
    case 'date':
      return { value: `${year}-06-30` };
    case 'milestone': {
      const status = (['not-started', 'in-progress', 'reached'] as const)[(n + step) % 3]!;
      return { value: status, milestoneReached: status === 'reached' };
    }
    case 'components':
      return {
        components: Object.fromEntries(
          kind.components.map((c, i) => [
            c.key,
            c.valueType === 'boolean'
              ? (n + i + step) % 2 === 0
              : c.valueType === 'rate'
                ? 30 + ((n + i) % 40)
                : 10 + ((n + i) % 30) + 3 * step,
          ]),
        ),
      };
  }
}

function valueOf(fiche: IndicatorDefinition, n: number, year: number): IndicatorValue {
  const chosen = chosenFloor(fiche, year);
  const value: IndicatorValue = {
    year,
    ...figuresOf(fiche, n, year),
    ...(chosen === undefined ? {} : { chosenTarget: chosen + (n % 3) }),
  };
  const validation = validateIndicatorValue(fiche, value);
  if (!validation.ok)
    throw new Error(`bench value of ${fiche.code} ${year} is invalid: ${JSON.stringify(validation.errors)}`);
  return validation.value;
}

/** Attaches the catalogue to the region and stores 2024 and 2025 values for each of its establishments, in one INSERT. */
async function seedValues(pool: pg.Pool, regionId: string): Promise<number> {
  await pool.query('UPDATE indicator_catalogue SET region_id = $1 WHERE slug = $2', [regionId, CATALOGUE]);
  const fiches = await pool.query<{ id: string; definition: unknown }>(
    `SELECT d.id, d.definition FROM indicator_definition d JOIN indicator_catalogue c ON c.id = d.catalogue_id WHERE c.slug = $1 ORDER BY d.position`,
    [CATALOGUE],
  );
  const establishments = await pool.query<{ id: string }>(
    `SELECT e.id FROM org_unit e JOIN org_unit g ON g.id = e.parent_id WHERE e.kind = 'establishment' AND g.parent_id = $1 ORDER BY e.name`,
    [regionId],
  );
  const rows: { org_unit_id: string; definition_id: string; year: number; data: IndicatorValue }[] = [];
  const parsed = fiches.rows.map((row) => ({ id: row.id, fiche: indicatorDefinitionSchema.parse(row.definition) }));
  establishments.rows.forEach((establishment, n) => {
    for (const { id, fiche } of parsed)
      for (const year of YEARS)
        rows.push({ org_unit_id: establishment.id, definition_id: id, year, data: valueOf(fiche, n, year) });
  });
  await pool.query(
    `INSERT INTO indicator_value (org_unit_id, definition_id, year, data)
     SELECT org_unit_id, definition_id, year, data FROM json_to_recordset($1::json) AS v(org_unit_id uuid, definition_id uuid, year int, data jsonb)`,
    [JSON.stringify(rows)],
  );
  await pool.query('ANALYZE indicator_value');
  return rows.length;
}

/** The region's establishment whose 2026 capacity is closest to 300 beds: the middle CPOM tier. */
async function midSizeEstablishment(pool: pg.Pool, regionId: string): Promise<{ id: string; beds: number }> {
  const { rows } = await pool.query<{ id: string; beds: number }>(
    `SELECT e.id, c.beds FROM org_unit e JOIN org_unit g ON g.id = e.parent_id
       JOIN establishment_capacity c ON c.org_unit_id = e.id AND c.year = 2026
     WHERE e.kind = 'establishment' AND g.parent_id = $1 ORDER BY abs(c.beds - 300), e.id LIMIT 1`,
    [regionId],
  );
  return rows[0]!;
}

/** What the route has to read at least: the establishment's profile, then its values for the catalogue. */
function rawReads(pool: pg.Pool, establishmentId: string): () => Promise<unknown> {
  const profile = `SELECT o.id, o.name, o.finess, e.category, e.legal_status, e.authorisations, p.kind AS parent_kind,
      COALESCE((SELECT json_agg(json_build_object('year', c.year, 'beds', c.beds, 'places', c.places) ORDER BY c.year)
                FROM establishment_capacity c WHERE c.org_unit_id = o.id), '[]'::json) AS capacities
    FROM org_unit o JOIN establishment e ON e.org_unit_id = o.id JOIN org_unit p ON p.id = o.parent_id WHERE o.id = $1`;
  const values = `SELECT d.code, v.year, v.data FROM indicator_value v
      JOIN indicator_definition d ON d.id = v.definition_id JOIN indicator_catalogue c ON c.id = d.catalogue_id
    WHERE v.org_unit_id = $1 AND c.slug = $2 ORDER BY d.position, v.year`;
  return async () => {
    await pool.query(profile, [establishmentId]);
    await pool.query(values, [establishmentId, CATALOGUE]);
  };
}

/**
 * An establishment's CPOM targets for 2026 (30 fiches judged on its 2024 and
 * 2025 values) through the HTTP API by an ARS officer's token, against the
 * SQL reads the route cannot do without.
 */
export async function benchEstablishmentTargets(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jalon-bench-'));
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir, log: () => {} });
  try {
    await migrateDatabase(database);
    const tree = await generateNationalTree(database.pool);
    await installCatalogues(database.db);
    const stored = await seedValues(database.pool, tree.regionId);
    const establishment = await midSizeEstablishment(database.pool, tree.regionId);
    const context = systemContext('bench', 'bench');
    const userId = await createUser(database.db, context, {
      email: 'ars@bench.jalon',
      displayName: 'ARS',
      password: 'Bench-Password-2026!',
      locale: 'fr',
    });
    await insertGrant(database.db, context, { userId, role: 'ars-officer', orgUnitId: tree.regionId });
    const { token } = await createApiToken(database.db, context, { userId, name: 'bench' });
    const app = await buildApp({ database });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${base}/api/establishments/${establishment.id}/targets?year=2026`;
    let items = 0;
    const api = await medianTime(
      async () => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        if (!response.ok) throw new Error(`GET targets answered ${response.status}: ${await response.text()}`);
        items = ((await response.json()) as { items: unknown[] }).items.length;
      },
      { runs: RUNS, warmUp: WARM_UP },
    );
    const raw = await medianTime(rawReads(database.pool, establishment.id), { runs: RUNS, warmUp: WARM_UP });
    await app.close();
    return [
      { name: 'region values stored (2024 and 2025)', value: stored, unit: 'rows' },
      {
        name: `targets 2026 via API (${items} fiches, ${establishment.beds} beds)`,
        value: api,
        unit: 'ms',
        goal: '< 50 ms',
        ratio: api / raw,
      },
      { name: 'targets 2026, profile and values SQL alone', value: raw, unit: 'ms', ratio: 1 },
    ];
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}
