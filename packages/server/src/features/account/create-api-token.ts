import type { Db } from '../../db/database.ts';
import { apiToken } from '../../db/schema/api-token.table.ts';
import { recordAudit, type AuditContext } from '../../audit/audit-recorder.ts';
import { newSecret } from '../../security/secrets.ts';

/** Creates a named token for a user; the secret is returned once and only its hash is kept. */
export async function createApiToken(
  db: Db,
  context: AuditContext,
  props: { userId: string; name: string },
): Promise<{ id: string; name: string; createdAt: string; token: string }> {
  const { secret, hash } = newSecret('jalon');
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(apiToken).values({ userId: props.userId, name: props.name, tokenHash: hash }).returning();
    await recordAudit(tx, context, { action: 'create', entityType: 'api_token', entityId: row!.id, after: { name: row!.name, userId: props.userId } });
    return { id: row!.id, name: row!.name, createdAt: row!.createdAt.toISOString(), token: secret };
  });
}
