import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../db/database.ts';
import { openEmbeddedDatabase } from '../db/embedded.ts';
import { migrateDatabase } from '../db/migrate.ts';

export const TEMPLATE_DATABASE = 'jalon_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a database on the test server with rights to create databases. */
    adminDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run (DATABASE_URL, or an embedded one in a
 * temporary directory) and one migrated template database that each test
 * file clones: a file's database is private, and creating it costs a copy,
 * not a migration.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = process.env.DATABASE_URL ? undefined : await mkdtemp(path.join(tmpdir(), 'jalon-test-'));
  const embedded = dir ? await openEmbeddedDatabase(dir, () => {}) : undefined;
  const adminUrl = process.env.DATABASE_URL ?? embedded!.url;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const template = connect(withDatabase(adminUrl, TEMPLATE_DATABASE), { max: 1 });
  await migrateDatabase(template);
  await template.close();
  project.provide('adminDatabaseUrl', adminUrl);
  return async () => {
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
