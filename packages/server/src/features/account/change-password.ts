import { and, eq, isNull, sql } from 'drizzle-orm';
import { assertStrongPassword } from '../../accounts/password.ts';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { apiToken } from '../../db/schema/api-token.table.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { ACCOUNT_THROTTLE, clearAttempts, clearKey, reserveOrThrow } from '../../security/login-throttle.ts';
import { hashPassword, verifyPassword } from '../../security/secrets.ts';
import { revokeOtherSessions } from '../../security/sessions.ts';
import type { PersonActor, UseCaseContext } from '../../access/actor.ts';

/**
 * Changes one's own password. Whoever learnt the old one may have opened
 * sessions or created tokens with it: every other session and every API token
 * of the account ends. The check of the current password has delays of its
 * own, as strict as the account's login delays, so a stolen session cannot
 * guess it faster than a login could; they are its own so that strangers
 * failing to log in cannot keep the owner from changing it, which also lifts
 * the account's login delay.
 */
export async function changePassword(
  db: Db,
  context: UseCaseContext<PersonActor>,
  props: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(appUser).where(eq(appUser.id, context.actor.userId)).limit(1);
  if (!user) throw new DomainError('NOT_FOUND', 'Compte introuvable.');
  const checks = `password-check:${user.id}`;
  await reserveOrThrow(db, { key: checks }, ACCOUNT_THROTTLE);
  if (!(await verifyPassword(user.passwordHash, props.currentPassword))) {
    throw new DomainError('INVALID_CURRENT_PASSWORD', 'Le mot de passe actuel est incorrect.', {
      field: ['currentPassword'],
    });
  }
  await clearKey(db, checks);
  await clearAttempts(db, user.id);
  if (props.newPassword === props.currentPassword) {
    throw new DomainError('PASSWORD_UNCHANGED', 'Le nouveau mot de passe doit être différent de l’actuel.', {
      field: ['newPassword'],
    });
  }
  assertStrongPassword(props.newPassword, user.email, 'newPassword', user.displayName);
  const passwordHash = await hashPassword(props.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(appUser)
      .set({ passwordHash, updatedAt: sql`now()`, version: sql`${appUser.version} + 1` })
      .where(eq(appUser.id, user.id));
    await revokeOtherSessions(tx, user.id, context.actor.sessionId);
    const tokens = await tx
      .update(apiToken)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiToken.userId, user.id), isNull(apiToken.revokedAt)))
      .returning({ id: apiToken.id });
    await recordAudit(tx, context, {
      action: 'password_change',
      entityType: 'user',
      entityId: user.id,
      after: { revokedTokens: tokens.length },
    });
  });
}
