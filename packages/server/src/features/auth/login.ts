import { eq, sql } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { recordAudit, type AuditContext } from '../../audit/audit-recorder.ts';
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  clearAttempts,
  forgiveAttempt,
  reserveOrThrow,
  type ThrottleSubject,
} from '../../security/login-throttle.ts';
import { sha256, verifyPassword } from '../../security/secrets.ts';
import { openSession } from '../../security/sessions.ts';

export interface LoginProps {
  email: string;
  password: string;
  userAgent: string | undefined;
  ip: string | undefined;
  requestId: string | undefined;
}

/**
 * Checks a password and opens a session. An unknown address goes through the
 * same steps as a known one (its own count, a check against a dummy hash), so
 * neither the answer nor its timing tells which accounts exist.
 */
export async function login(
  db: Db,
  props: LoginProps,
): Promise<{ userId: string; cookieValue: string; csrfToken: string }> {
  const email = props.email.trim().toLowerCase();
  const [user] = await db
    .select()
    .from(appUser)
    .where(eq(sql`lower(${appUser.email})`, email))
    .limit(1);
  const context: AuditContext = { actor: null, requestId: props.requestId };
  const addressKey = `ip:${props.ip ?? 'unknown'}`;
  await reserveOrThrow(db, { key: addressKey }, ADDRESS_THROTTLE);
  // Hashed: the table need not keep the (often mistyped) addresses of people without an account.
  const account: ThrottleSubject = user ? { userId: user.id } : { key: `email:${sha256(email)}` };
  let failures: number;
  try {
    failures = await reserveOrThrow(db, account, ACCOUNT_THROTTLE);
  } catch (error) {
    // No password was checked: the address is not charged for it.
    await forgiveAttempt(db, addressKey, ADDRESS_THROTTLE);
    throw error;
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, props.password);
  if (!user || !user.active || !passwordOk) {
    await recordFailure(db, context, user?.id ?? `email:${props.email.slice(0, 200)}`, failures, user !== undefined);
    throw new DomainError('INVALID_CREDENTIALS', 'Adresse e-mail ou mot de passe incorrect.');
  }
  await forgiveAttempt(db, addressKey, ADDRESS_THROTTLE);
  const session = await db.transaction(async (tx) => {
    await clearAttempts(tx, user.id);
    await tx
      .update(appUser)
      .set({ lastLoginAt: sql`now()` })
      .where(eq(appUser.id, user.id));
    const opened = await openSession(tx, { userId: user.id, userAgent: props.userAgent, ip: props.ip });
    await recordAudit(
      tx,
      { actor: { kind: 'person', userId: user.id, displayName: user.displayName }, requestId: props.requestId },
      {
        action: 'login',
        entityType: 'session',
        entityId: opened.id,
        after: { ip: props.ip ?? null, userAgent: props.userAgent ?? null },
      },
    );
    return opened;
  });
  return { userId: user.id, ...session };
}

async function recordFailure(
  db: Db,
  context: AuditContext,
  entityId: string,
  failures: number,
  known: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    await recordAudit(tx, context, { action: 'login_failed', entityType: 'user', entityId, after: { failures } });
    // The first failure past the free ones starts the delays: worth a line of its own in the audit.
    if (known && failures === ACCOUNT_THROTTLE.freeFailures + 1) {
      await recordAudit(tx, context, { action: 'lock', entityType: 'user', entityId, after: { failures } });
    }
  });
}
