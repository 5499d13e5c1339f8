import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createOrgUnitFixture, createUserFixture } from '../test/factories.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { backup } from './backup.ts';
import { BACKUP_TABLES } from './backup-tables.ts';
import { restore } from './restore.ts';

const source = await createTestDatabase();
const target = await createTestDatabase();
afterAll(async () => {
  await source.close();
  await target.close();
});

const counts = async (database: typeof source) =>
  Object.fromEntries(
    await Promise.all(
      BACKUP_TABLES.map(async ({ name }) => [
        name,
        (await database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name}`)).rows[0]!.n,
      ]),
    ),
  );

describe('backup and restore', () => {
  it('covers every table of the schema', async () => {
    const { rows } = await source.pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(BACKUP_TABLES.map((t) => t.name).sort());
  });

  it('restores into an empty database exactly what was saved, deep trees included', async () => {
    const establishment = await createOrgUnitFixture(source.db);
    const pole = await createOrgUnitFixture(source.db, { kind: 'grouping', parentId: establishment.id });
    await createOrgUnitFixture(source.db, { kind: 'unit', parentId: pole.id });
    await createUserFixture(source.db, { orgUnitId: pole.id, role: 'pole-manager' });
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'jalon-backup-')), 'b.jsonl.gz');
    const header = await backup(source, file);
    expect(header.tables.org_unit).toBe(5);
    await restore(target, file);
    expect(await counts(target)).toEqual(await counts(source));
    // The audit trail goes on from where it was, ids included.
    const next = await target.pool.query(
      `INSERT INTO audit_event (action, entity_type, entity_id) VALUES ('create', 'org_unit', 'x') RETURNING id`,
    );
    expect(next.rows[0].id).toBeGreaterThan(header.tables.audit_event!);
  });

  it('changes nothing when the file is damaged half-way', async () => {
    const empty = await createTestDatabase();
    const lines = [
      JSON.stringify({
        format: 'jalon-backup',
        formatVersion: 1,
        jalonVersion: '0.1.0',
        schemaVersion: '0',
        createdAt: '',
        tables: {},
      }),
      JSON.stringify({
        table: 'app_user',
        rows: [{ id: '7d1f2f0e-31c2-4a5e-9a7e-2b1c4d5e6f70', email: 'a@b.fr', display_name: 'A' }],
      }),
      '{"table": "org_unit", "rows": [ broken',
    ];
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'jalon-backup-')), 'bad.jsonl.gz');
    await writeFile(file, gzipSync(lines.join('\n')));
    await expect(restore(empty, file)).rejects.toThrow();
    expect((await empty.pool.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(0);
    await empty.close();
  });

  it('refuses a snapshot from a newer schema', async () => {
    const empty = await createTestDatabase();
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'jalon-backup-')), 'future.jsonl.gz');
    await writeFile(
      file,
      gzipSync(
        JSON.stringify({
          format: 'jalon-backup',
          formatVersion: 1,
          schemaVersion: String(Date.now() * 10),
          tables: {},
        }),
      ),
    );
    await expect(restore(empty, file)).rejects.toThrow(/newer Jalon/);
    await empty.close();
  });
});
