import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { userSession } from '../db/schema/session.table.ts';
import { newSecret, sha256 } from './secrets.ts';

export const SESSION_COOKIE = 'jalon_session';
/** A session ends after this much inactivity… */
export const SESSION_IDLE_MS = 4 * 60 * 60 * 1000;
/** …and in any case this long after login. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

export async function openSession(
  db: Db,
  input: { userId: string; userAgent: string | undefined; ip: string | undefined },
): Promise<{ id: string; cookieValue: string; csrfToken: string }> {
  const { secret, hash } = newSecret('js');
  const csrfToken = randomBytes(24).toString('base64url');
  const [row] = await db
    .insert(userSession)
    .values({
      tokenHash: hash,
      csrfToken,
      userId: input.userId,
      expiresAt: new Date(Date.now() + SESSION_IDLE_MS),
      userAgent: input.userAgent?.slice(0, 400) ?? null,
      ip: input.ip ?? null,
    })
    .returning({ id: userSession.id });
  return { id: row!.id, cookieValue: secret, csrfToken };
}

export type SessionLookup =
  { status: 'valid'; id: string; userId: string; csrfToken: string } | { status: 'expired' } | { status: 'unknown' };

/** Resolves a cookie to its live session and slides its idle expiry. */
export async function findSession(db: Db, cookieValue: string): Promise<SessionLookup> {
  const [row] = await db
    .select()
    .from(userSession)
    .where(eq(userSession.tokenHash, sha256(cookieValue)))
    .limit(1);
  if (!row) return { status: 'unknown' };
  const now = Date.now();
  const absoluteEnd = row.createdAt.getTime() + SESSION_ABSOLUTE_MS;
  if (row.revokedAt || row.expiresAt.getTime() <= now || absoluteEnd <= now) return { status: 'expired' };
  // Touch at most once a minute: a page load fires many requests.
  if (now - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(userSession)
      .set({ lastSeenAt: new Date(now), expiresAt: new Date(Math.min(now + SESSION_IDLE_MS, absoluteEnd)) })
      .where(eq(userSession.id, row.id));
  }
  return { status: 'valid', id: row.id, userId: row.userId, csrfToken: row.csrfToken };
}

export async function revokeSession(db: Db, where: { id: string; userId?: string }): Promise<boolean> {
  const conditions = [eq(userSession.id, where.id), isNull(userSession.revokedAt)];
  if (where.userId) conditions.push(eq(userSession.userId, where.userId));
  const rows = await db
    .update(userSession)
    .set({ revokedAt: sql`now()` })
    .where(and(...conditions))
    .returning({ id: userSession.id });
  return rows.length > 0;
}

/** Ends every other live session of a user (after a password change, a deactivation). */
export async function revokeOtherSessions(db: Db, userId: string, keepId: string | undefined): Promise<void> {
  const conditions = [
    eq(userSession.userId, userId),
    isNull(userSession.revokedAt),
    gt(userSession.expiresAt, sql`now()`),
  ];
  if (keepId) conditions.push(sql`${userSession.id} <> ${keepId}`);
  await db
    .update(userSession)
    .set({ revokedAt: sql`now()` })
    .where(and(...conditions));
}
