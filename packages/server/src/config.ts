import { isIP } from 'node:net';
import path from 'node:path';

/**
 * Which proxies may speak for the client in X-Forwarded-For/-Proto: none
 * (false), the first `n` hops in front of Jalon, or the listed addresses and
 * CIDR ranges. Never "any": a forged header would then pick the client
 * address that login delays and sessions record.
 */
export type TrustProxy = false | number | string[];

/** Settings read once from the environment; the README lists them. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoPassword: string | undefined;
  logLevel: string;
  trustProxy: TrustProxy;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.JALON_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demoPassword: env.JALON_DEMO_PASSWORD || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

/**
 * The option as Fastify takes it. Fastify no longer reads a hop count (a
 * client that reaches Jalon directly could claim any address), so it becomes
 * a trust function here: fit only where nothing reaches Jalon but through
 * its proxies, which the README says.
 */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}

/** `0` or unset: no proxy; `2`: two hops; `10.0.0.5,192.168.0.0/16`: those addresses. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = entries.filter((entry) => !isAddressOrRange(entry));
  if (invalid.length > 0) {
    throw new Error(
      `TRUST_PROXY must be a hop count or a list of proxy addresses or CIDR ranges, got "${invalid.join(', ')}"`,
    );
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}
