import { eq, sql } from 'drizzle-orm';
import { assertStrongPassword } from '../../accounts/password.ts';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { hashPassword, verifyPassword } from '../../security/secrets.ts';
import { revokeOtherSessions } from '../../security/sessions.ts';
import type { RequestContext } from '../../http/context.ts';

/** Changes one's own password and signs out every other session of the account. */
export async function changePassword(
  db: Db,
  context: RequestContext,
  props: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(appUser).where(eq(appUser.id, context.actor.userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, props.currentPassword))) {
    throw new DomainError('INVALID_CURRENT_PASSWORD', 'Le mot de passe actuel est incorrect.', { field: ['currentPassword'] });
  }
  assertStrongPassword(props.newPassword, user.email, 'newPassword');
  const passwordHash = await hashPassword(props.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(appUser).set({ passwordHash, updatedAt: sql`now()`, version: sql`${appUser.version} + 1` }).where(eq(appUser.id, user.id));
    await revokeOtherSessions(tx, user.id, context.actor.sessionId);
    await recordAudit(tx, context, { action: 'password_change', entityType: 'user', entityId: user.id });
  });
}
