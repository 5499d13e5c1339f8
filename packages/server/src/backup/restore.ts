import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type pg from 'pg';
import type { Database } from '../db/database.ts';
import { schemaVersion } from '../db/migrate.ts';
import { BACKUP_FORMAT, BACKUP_SEQUENCES, BACKUP_TABLES, type BackupHeader } from './backup-tables.ts';

/**
 * Loads a snapshot into an empty, migrated database in one transaction:
 * either everything is restored or nothing is. A snapshot from an older
 * schema restores into a newer one (columns it lacks take their defaults);
 * one from a newer Jalon is refused.
 */
export async function restore(database: Database, file: string): Promise<BackupHeader> {
  const client = await database.pool.connect();
  let header: BackupHeader | undefined;
  try {
    await client.query('BEGIN');
    const columns = await currentColumns(client);
    // Opened only now: readline drops the lines it reads before iteration starts.
    const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of input) {
      if (!line.trim()) continue;
      if (!header) {
        header = await checkHeader(database, client, JSON.parse(line) as BackupHeader);
        continue;
      }
      const chunk = JSON.parse(line) as { table: string; rows: Record<string, unknown>[] };
      await insertChunk(client, chunk, columns);
    }
    if (!header) throw new Error(`${file} is empty`);
    for (const { table, column } of BACKUP_SEQUENCES) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('${table}', '${column}'), coalesce((SELECT max(${column}) FROM ${table}), 0) + 1, false)`,
      );
    }
    await client.query('COMMIT');
    return header;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function checkHeader(database: Database, client: pg.PoolClient, header: BackupHeader): Promise<BackupHeader> {
  if (header.format !== BACKUP_FORMAT) throw new Error('This file is not a Jalon backup');
  const current = await schemaVersion(database);
  if (Number(header.schemaVersion) > Number(current)) {
    throw new Error(
      `This backup comes from a newer Jalon (schema ${header.schemaVersion}, this one ${current}): upgrade first`,
    );
  }
  for (const { name } of BACKUP_TABLES) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${name}) AS any`);
    if (rows[0]!.any) throw new Error(`Restore needs an empty database, but table ${name} holds data`);
  }
  return header;
}

async function currentColumns(client: pg.PoolClient): Promise<Map<string, Set<string>>> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const byTable = new Map<string, Set<string>>();
  for (const r of rows) byTable.set(r.table_name, (byTable.get(r.table_name) ?? new Set()).add(r.column_name));
  return byTable;
}

async function insertChunk(
  client: pg.PoolClient,
  chunk: { table: string; rows: Record<string, unknown>[] },
  columns: Map<string, Set<string>>,
): Promise<void> {
  const known = columns.get(chunk.table);
  if (!known || !BACKUP_TABLES.some((t) => t.name === chunk.table))
    throw new Error(`Unknown table in backup: ${chunk.table}`);
  if (chunk.rows.length === 0) return;
  // Only columns both sides know; newer columns keep their defaults.
  const names = Object.keys(chunk.rows[0]!).filter((c) => known.has(c));
  const list = names.map((c) => `"${c}"`).join(', ');
  await client.query(
    `INSERT INTO ${chunk.table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${chunk.table}, $1::json)`,
    [JSON.stringify(chunk.rows)],
  );
}
