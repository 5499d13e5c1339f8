import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Database } from '../db/database.ts';
import { TEMPLATE_DATABASE, withDatabase } from './global-setup.ts';

/** A private database for one test file, cloned from the migrated template and dropped on close. */
export async function createTestDatabase(): Promise<Database & { url: string }> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `jalon_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const database = connect(url, { max: 5 });
  return {
    ...database,
    url,
    async close() {
      await database.close();
      const cleanup = new pg.Client(adminUrl);
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
