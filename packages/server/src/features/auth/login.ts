import { eq, sql } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { recordAudit, type AuditContext } from '../../audit/audit-recorder.ts';
import { verifyPassword } from '../../security/secrets.ts';
import { openSession } from '../../security/sessions.ts';

/** Ten wrong passwords in a row lock the account for a quarter of an hour. */
export const LOCKOUT = { maxFailures: 10, durationMs: 15 * 60 * 1000 } as const;

export interface LoginProps {
  email: string;
  password: string;
  userAgent: string | undefined;
  ip: string | undefined;
  requestId: string | undefined;
}

export async function login(db: Db, props: LoginProps): Promise<{ userId: string; cookieValue: string; csrfToken: string }> {
  const [user] = await db.select().from(appUser).where(eq(sql`lower(${appUser.email})`, props.email.trim().toLowerCase())).limit(1);
  const context: AuditContext = { actor: null, requestId: props.requestId };
  if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    throw lockedError(user.lockedUntil);
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, props.password);
  if (!user || !user.active || !passwordOk) {
    if (user) await recordFailure(db, context, user.id, user.failedLogins + 1);
    else await recordAudit(db, context, { action: 'login_failed', entityType: 'user', entityId: `email:${props.email.slice(0, 200)}` });
    throw new DomainError('INVALID_CREDENTIALS', 'Adresse e-mail ou mot de passe incorrect.');
  }
  const session = await db.transaction(async (tx) => {
    await tx.update(appUser).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` }).where(eq(appUser.id, user.id));
    const opened = await openSession(tx, { userId: user.id, userAgent: props.userAgent, ip: props.ip });
    await recordAudit(tx, { actor: { userId: user.id, displayName: user.displayName }, requestId: props.requestId }, {
      action: 'login',
      entityType: 'session',
      entityId: opened.id,
      after: { ip: props.ip ?? null, userAgent: props.userAgent ?? null },
    });
    return opened;
  });
  return { userId: user.id, ...session };
}

async function recordFailure(db: Db, context: AuditContext, userId: string, failures: number): Promise<void> {
  const locks = failures >= LOCKOUT.maxFailures;
  const lockedUntil = locks ? new Date(Date.now() + LOCKOUT.durationMs) : null;
  await db.transaction(async (tx) => {
    await tx
      .update(appUser)
      .set(locks ? { failedLogins: 0, lockedUntil } : { failedLogins: failures })
      .where(eq(appUser.id, userId));
    await recordAudit(tx, context, { action: 'login_failed', entityType: 'user', entityId: userId, after: { failures } });
    if (locks) {
      await recordAudit(tx, context, { action: 'lock', entityType: 'user', entityId: userId, after: { lockedUntil } });
    }
  });
  if (lockedUntil) throw lockedError(lockedUntil);
}

function lockedError(until: Date): DomainError {
  const time = until.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
  return new DomainError('ACCOUNT_LOCKED', `Compte verrouillé après trop d'échecs, jusqu'à ${time}.`, {
    details: { lockedUntil: until.toISOString() },
  });
}
