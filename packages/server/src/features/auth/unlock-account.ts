import { eq, sql } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import type { UseCaseContext } from '../../access/actor.ts';
import { clearAttempts } from '../../security/login-throttle.ts';

/** Lifts an account's login delay (`jalon user unlock`), for an owner who cannot wait it out. */
export async function unlockAccount(db: Db, context: UseCaseContext, email: string): Promise<string> {
  const [user] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(eq(sql`lower(${appUser.email})`, email.trim().toLowerCase()));
  if (!user) throw new DomainError('NOT_FOUND', `Aucun compte pour l’adresse ${email}.`);
  await db.transaction(async (tx) => {
    await clearAttempts(tx, user.id);
    await recordAudit(tx, context, { action: 'unlock', entityType: 'user', entityId: user.id });
  });
  return user.id;
}
