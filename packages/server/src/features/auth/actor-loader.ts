import { and, eq, isNull, sql } from 'drizzle-orm';
import { API_TOKEN_LIFETIME } from '@jalon/domain/access/api-token-lifetime';
import type { Role } from '@jalon/domain/access/roles';
import type { Db } from '../../db/database.ts';
import { apiToken } from '../../db/schema/api-token.table.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { roleGrant } from '../../db/schema/role-grant.table.ts';
import type { PersonActor } from '../../access/actor.ts';
import { sha256 } from '../../security/secrets.ts';

type ActorCore = Omit<PersonActor, 'via' | 'sessionId' | 'csrfToken'>;

/** An active user with its grants, or undefined when deactivated or unknown. */
export async function loadActiveUser(db: Db, userId: string): Promise<ActorCore | undefined> {
  const [user] = await db
    .select()
    .from(appUser)
    .where(and(eq(appUser.id, userId), eq(appUser.active, true)))
    .limit(1);
  if (!user) return undefined;
  const grants = await db
    .select({ id: roleGrant.id, role: roleGrant.role, orgUnitId: roleGrant.orgUnitId })
    .from(roleGrant)
    .where(eq(roleGrant.userId, userId));
  return {
    kind: 'person',
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    grants: grants.map((g) => ({ ...g, role: g.role as Role })),
  };
}

/** The owner of a live API token; records its last use (at most once a minute). */
export async function actorForToken(db: Db, token: string): Promise<PersonActor | undefined> {
  const [row] = await db
    .select({ id: apiToken.id, userId: apiToken.userId, lastUsedAt: apiToken.lastUsedAt })
    .from(apiToken)
    .where(
      and(
        eq(apiToken.tokenHash, sha256(token)),
        isNull(apiToken.revokedAt),
        // A token without an expiry (restored from an old backup) still ends after the longest lifetime.
        sql`coalesce(${apiToken.expiresAt}, ${apiToken.createdAt} + make_interval(days => ${API_TOKEN_LIFETIME.maxDays})) > now()`,
      ),
    )
    .limit(1);
  if (!row) return undefined;
  const user = await loadActiveUser(db, row.userId);
  if (!user) return undefined;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiToken)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(apiToken.id, row.id));
  }
  return { ...user, via: 'token', sessionId: undefined, csrfToken: undefined };
}
