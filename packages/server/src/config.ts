import path from 'node:path';

/** Settings read once from the environment; the README lists them. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoPassword: string | undefined;
  logLevel: string;
  /** Behind an HTTPS reverse proxy: trust X-Forwarded-* to set Secure cookies. */
  trustProxy: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.JALON_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demoPassword: env.JALON_DEMO_PASSWORD || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}
