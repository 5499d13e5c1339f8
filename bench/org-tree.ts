import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PgDialect } from 'drizzle-orm/pg-core';
import { buildApp } from '../packages/server/src/app.ts';
import { systemContext } from '../packages/server/src/access/actor.ts';
import { openDatabase } from '../packages/server/src/db/database.ts';
import { migrateDatabase } from '../packages/server/src/db/migrate.ts';
import { createApiToken } from '../packages/server/src/features/account/create-api-token.ts';
import { subtreeQuery } from '../packages/server/src/features/org-units/org-unit-repository.ts';
import { createUser } from '../packages/server/src/features/users/create-user.ts';
import { insertGrant } from '../packages/server/src/features/users/grant-role.ts';
import { generateNationalTree } from './national-tree.ts';
import { medianTime } from './timing.ts';
import type { BenchFigure } from './target-engine.ts';

const RUNS = 30;

/**
 * A region's subtree (300 establishments) fetched through the HTTP API by an
 * ARS officer's token, against the same recursive query run directly in SQL.
 */
export async function benchOrgTree(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jalon-bench-'));
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir, log: () => {} });
  try {
    await migrateDatabase(database);
    const tree = await generateNationalTree(database.pool);
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
    const url = `${base}/api/org-units/${tree.regionId}/subtree`;
    let apiItems = 0;
    const api = await medianTime(
      async () => {
        const body = (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as {
          items: unknown[];
        };
        apiItems = body.items.length;
      },
      { runs: RUNS },
    );
    const { sql: text, params } = new PgDialect().sqlToQuery(subtreeQuery(tree.regionId));
    const raw = await medianTime(() => database.pool.query(text, params), { runs: RUNS });
    await app.close();
    return [
      { name: `national tree: establishments / units`, value: tree.establishments, unit: `/ ${tree.units}` },
      {
        name: `region subtree via API (${apiItems} units)`,
        value: api,
        unit: 'ms',
        goal: '< 100 ms, ≤ 2× SQL',
        ratio: api / raw,
      },
      { name: 'region subtree, recursive SQL alone', value: raw, unit: 'ms', ratio: 1 },
    ];
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}
