import { readConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateDatabase } from '../db/migrate.ts';

export const say = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

/**
 * Runs a command against the migrated database of this data directory (or
 * DATABASE_URL), and always releases it: a command never leaves behind an
 * embedded PostgreSQL it started, and never stops one a server is using.
 */
export async function withDatabase<T>(run: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: say, max: 4 });
  try {
    await migrateDatabase(database);
    return await run(database, config);
  } finally {
    await database.close();
  }
}
