import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.ts';
import { openEmbeddedDatabase, type EmbeddedDatabase } from './embedded.ts';

export type Db = NodePgDatabase<typeof schema>;

export interface Database {
  pool: pg.Pool;
  db: Db;
  /** Closes the pool, then stops the embedded PostgreSQL if this process started it. */
  close(): Promise<void>;
}

// Dates and bigints come back as JS values the API can serialise as-is.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface ConnectOptions {
  max?: number;
  /** Longest a statement may run before PostgreSQL cancels it. */
  statementTimeoutMs?: number;
}

/**
 * No statement may hold a connection for ever (a runaway query, a lock never
 * released), and a transaction left idle by a crashed handler gives its locks
 * back. Generous enough for a backup, an import or a migration.
 */
export const STATEMENT_TIMEOUT_MS = 60_000;
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

export function connect(url: string, options: ConnectOptions = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // Waiting this long for a free connection means the pool is exhausted: fail, don't queue for ever.
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
  });
  // An idle client losing its server must not crash the process; queries report it.
  pool.on('error', () => {});
  return { pool, db: drizzle(pool, { schema }), close: () => pool.end() };
}

/**
 * DATABASE_URL when given, else the embedded PostgreSQL of the data directory
 * (attached when another jalon process already runs it).
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  log: (message: string) => void;
  max?: number;
}): Promise<Database & { embedded: EmbeddedDatabase | undefined }> {
  const embedded = options.databaseUrl ? undefined : await openEmbeddedDatabase(options.dataDir, options.log);
  const url = options.databaseUrl ?? embedded!.url;
  const database = connect(url, options.max === undefined ? {} : { max: options.max });
  return {
    ...database,
    embedded,
    async close() {
      await database.close();
      await embedded?.stop();
    },
  };
}
