import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

// argon2id with OWASP's second recommended profile (19 MiB, 2 passes): strong,
// and fast enough that a login stays well under 100 ms on two cores.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Verify against a dummy hash when there is none, so timing does not tell which accounts exist.
  return verify(stored ?? DUMMY_HASH, password).catch(() => false);
}

/** Exported for its test: it must keep the cost of real hashes, or its quicker answer would tell unknown accounts apart. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3Q0z1iYQbYJtYzq2hqQY7bY1Vq3G1r7j8b0m3G9oQ7s';

/** A random bearer secret; only its SHA-256 is stored (high entropy: no slow hash needed). */
export function newSecret(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: sha256(secret) };
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
