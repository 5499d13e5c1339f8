import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { apiToken } from '../../db/schema/api-token.table.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { userSession } from '../../db/schema/session.table.ts';

export async function listTokens(db: Db, userId: string) {
  const rows = await db
    .select()
    .from(apiToken)
    .where(and(eq(apiToken.userId, userId), isNull(apiToken.revokedAt)))
    .orderBy(desc(apiToken.createdAt));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
  }));
}

export async function revokeToken(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(apiToken)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiToken.id, id), eq(apiToken.userId, userId), isNull(apiToken.revokedAt)))
    .returning({ id: apiToken.id });
  return rows.length > 0;
}

export async function listLiveSessions(db: Db, userId: string, currentId: string | undefined) {
  const rows = await db
    .select()
    .from(userSession)
    .where(and(eq(userSession.userId, userId), isNull(userSession.revokedAt), gt(userSession.expiresAt, sql`now()`)))
    .orderBy(desc(userSession.lastSeenAt));
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    userAgent: s.userAgent,
    ip: s.ip,
    current: s.id === currentId,
  }));
}

/** Writes a person's own display name or language, as a new version of their account. */
export async function updateOwnProfile(
  db: Db,
  userId: string,
  changes: { displayName?: string | undefined; locale?: string | undefined },
): Promise<void> {
  await db
    .update(appUser)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${appUser.version} + 1` })
    .where(eq(appUser.id, userId));
}
