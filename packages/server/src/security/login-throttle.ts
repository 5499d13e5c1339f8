import { and, eq, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../db/database.ts';
import { appUser } from '../db/schema/app-user.table.ts';
import { loginThrottle } from '../db/schema/login-throttle.table.ts';

/**
 * Progressive delays on password checks, after ANSSI's guidance: a few free
 * failures, then a wait that doubles with each further failure up to a
 * ceiling. A delay, never a lock: an anonymous caller can slow an account
 * down, not shut it for long, and the owner lifts it by changing the password
 * from a live session, an administrator with the unlock action or
 * `jalon user unlock`.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A count left alone this long starts again from zero. */
  forgetAfterSeconds: number;
}

/** Per account (or per unknown e-mail address, answered the same way). */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  freeFailures: 5,
  firstDelaySeconds: 60,
  maxDelaySeconds: 30 * 60,
  forgetAfterSeconds: 24 * 3600,
};
/** Per client address: a hospital's staff share one, so it allows many more failures. */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  freeFailures: 30,
  firstDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 3600,
};

/** Whose password checks are counted: an account, or a key of login_throttle. */
export type ThrottleSubject = { userId: string } | { key: string };

export type Reservation = { allowed: true; failures: number } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts an attempt before its password is checked, in one UPDATE that holds
 * the row lock: parallel attempts are counted one after the other, and once a
 * delay is set the next ones are refused without a check. A right password
 * then hands the attempt back (`forgiveAttempt`, `clearAttempts`).
 */
export async function reserveAttempt(db: Db, subject: ThrottleSubject, policy: ThrottlePolicy): Promise<Reservation> {
  if ('userId' in subject) {
    const [row] = await reserveAccountQuery(db, subject.userId, policy);
    if (row) return { allowed: true, failures: row.failures };
    const [blocked] = await db
      .select({ until: appUser.lockedUntil })
      .from(appUser)
      .where(eq(appUser.id, subject.userId));
    return refused(blocked?.until ?? null);
  }
  const [row] = await reserveKeyQuery(db, subject.key, policy);
  if (row) return { allowed: true, failures: row.failures };
  const [blocked] = await db
    .select({ until: loginThrottle.blockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.key, subject.key));
  return refused(blocked?.until ?? null);
}

/** One UPDATE: no row back means a delay runs. Its SQL is in login-throttle.sql. */
export function reserveAccountQuery(db: Db, userId: string, policy: ThrottlePolicy) {
  const failures = sql`CASE WHEN ${appUser.lastFailedLoginAt} IS NULL OR ${appUser.lastFailedLoginAt} < now() - make_interval(secs => ${policy.forgetAfterSeconds})
      THEN 1 ELSE ${appUser.failedLogins} + 1 END`;
  return db
    .update(appUser)
    .set({ failedLogins: failures, lastFailedLoginAt: sql`now()`, lockedUntil: blockedUntil(failures, policy) })
    .where(and(eq(appUser.id, userId), or(isNull(appUser.lockedUntil), lte(appUser.lockedUntil, sql`now()`))))
    .returning({ failures: appUser.failedLogins });
}

/** One upsert: the conflict branch updates only outside a delay. Its SQL is in login-throttle.sql. */
export function reserveKeyQuery(db: Db, key: string, policy: ThrottlePolicy) {
  const failures = sql`CASE WHEN ${loginThrottle.lastFailureAt} < now() - make_interval(secs => ${policy.forgetAfterSeconds})
    THEN 1 ELSE ${loginThrottle.failures} + 1 END`;
  return db
    .insert(loginThrottle)
    .values({ key, failures: 1, blockedUntil: blockedUntil(sql`1`, policy) })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: { failures, lastFailureAt: sql`now()`, blockedUntil: blockedUntil(failures, policy) },
      setWhere: sql`${loginThrottle.blockedUntil} IS NULL OR ${loginThrottle.blockedUntil} <= now()`,
    })
    .returning({ failures: loginThrottle.failures });
}

/** Hands back one reserved attempt of a key that stays counted (a colleague behind the same address logged in). */
export async function forgiveAttempt(db: Db, key: string, policy: ThrottlePolicy): Promise<void> {
  await db
    .update(loginThrottle)
    .set({
      failures: sql`greatest(${loginThrottle.failures} - 1, 0)`,
      blockedUntil: sql`CASE WHEN ${loginThrottle.failures} - 1 <= ${policy.freeFailures} THEN NULL ELSE ${loginThrottle.blockedUntil} END`,
    })
    .where(eq(loginThrottle.key, key));
}

/** Forgets a key's count: whoever it counted proved the password. */
export async function clearKey(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** Starts an account's count again from zero: its owner proved the password. */
export async function clearAttempts(db: Db, userId: string): Promise<void> {
  await db
    .update(appUser)
    .set({ failedLogins: 0, lockedUntil: null, lastFailedLoginAt: null })
    .where(eq(appUser.id, userId));
}

/** The answer to an attempt refused during a delay; `retryAfter` is in seconds. */
export function tooManyAttempts(retryAfterSeconds: number): DomainError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError(
    'RATE_LIMITED',
    `Trop de tentatives : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    {
      details: { retryAfter: retryAfterSeconds },
    },
  );
}

/** Reserves an attempt, or throws the delay answer. */
export async function reserveOrThrow(db: Db, subject: ThrottleSubject, policy: ThrottlePolicy): Promise<number> {
  const reservation = await reserveAttempt(db, subject, policy);
  if (!reservation.allowed) throw tooManyAttempts(reservation.retryAfterSeconds);
  return reservation.failures;
}

/** NULL while failures stay free, then now() plus a doubling delay capped at the ceiling. */
function blockedUntil(failures: SQL, policy: ThrottlePolicy): SQL {
  // The exponent is capped too, so that a huge count cannot overflow power().
  return sql`CASE WHEN ${failures} <= ${policy.freeFailures} THEN NULL::timestamptz
    ELSE now() + make_interval(secs => least(${policy.maxDelaySeconds}::float8,
      ${policy.firstDelaySeconds}::float8 * power(2, least(${failures} - ${policy.freeFailures} - 1, 30)))) END`;
}

function refused(until: Date | null): Reservation {
  // The delay may have ended between the two statements: ask for a second, never for zero.
  const seconds = until ? Math.ceil((until.getTime() - Date.now()) / 1000) : 1;
  return { allowed: false, retryAfterSeconds: Math.max(1, seconds) };
}
