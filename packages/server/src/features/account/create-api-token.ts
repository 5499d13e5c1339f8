import { sql } from 'drizzle-orm';
import { API_TOKEN_LIFETIME } from '@jalon/domain/access/api-token-lifetime';
import type { Db } from '../../db/database.ts';
import { apiToken } from '../../db/schema/api-token.table.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import type { UseCaseContext } from '../../access/actor.ts';
import { newSecret } from '../../security/secrets.ts';

export interface CreateApiTokenProps {
  userId: string;
  name: string;
  /** Lifetime in days, at most API_TOKEN_LIFETIME.maxDays (the route's schema checks it). */
  expiresInDays?: number | undefined;
}

/** Creates a named token for a user; the secret is returned once and only its hash is kept. */
export async function createApiToken(
  db: Db,
  context: UseCaseContext,
  props: CreateApiTokenProps,
): Promise<{ id: string; name: string; createdAt: string; expiresAt: string; token: string }> {
  const days = Math.min(props.expiresInDays ?? API_TOKEN_LIFETIME.defaultDays, API_TOKEN_LIFETIME.maxDays);
  const { secret, hash } = newSecret('jalon');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiToken)
      .values({
        userId: props.userId,
        name: props.name,
        tokenHash: hash,
        expiresAt: sql`now() + make_interval(days => ${days})`,
      })
      .returning();
    const expiresAt = row!.expiresAt!.toISOString();
    await recordAudit(tx, context, {
      action: 'create',
      entityType: 'api_token',
      entityId: row!.id,
      after: { name: row!.name, userId: props.userId, expiresAt },
    });
    return { id: row!.id, name: row!.name, createdAt: row!.createdAt.toISOString(), expiresAt, token: secret };
  });
}
