import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Database } from '../db/database.ts';
import { schemaVersion } from '../db/migrate.ts';
import { JALON_VERSION } from '../version.ts';
import {
  BACKUP_BATCH,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  type BackupHeader,
} from './backup-tables.ts';

/**
 * Writes a gzipped JSON-lines snapshot of all Jalon data, read in a single
 * REPEATABLE READ transaction so that it is consistent while the server keeps
 * writing. Written to a temporary name first: a crash leaves no half file.
 */
export async function backup(database: Database, file: string): Promise<BackupHeader> {
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      jalonVersion: JALON_VERSION,
      schemaVersion: await schemaVersion(database),
      createdAt: new Date().toISOString(),
      tables: {},
    };
    for (const { name } of BACKUP_TABLES) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name}`);
      header.tables[name] = rows[0]!.n;
    }
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const { name, order } of BACKUP_TABLES) {
        for (let offset = 0; offset < header.tables[name]!; offset += BACKUP_BATCH) {
          const { rows } = await client.query(
            `SELECT row_to_json(t) AS r FROM ${name} t ORDER BY ${order} LIMIT ${BACKUP_BATCH} OFFSET ${offset}`,
          );
          yield `${JSON.stringify({ table: name, rows: rows.map((r: { r: unknown }) => r.r) })}\n`;
        }
      }
    }
    const partial = `${file}.partial`;
    await pipeline(lines(), createGzip(), createWriteStream(partial));
    await client.query('COMMIT');
    await rename(partial, file);
    return header;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
