import { eq, sql } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { actorUserId, scopeRoots, type UseCaseContext } from '../../access/actor.ts';
import { versionConflict } from '@jalon/domain/version-conflict';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { revokeOtherSessions } from '../../security/sessions.ts';
import type { UpdateUserBody, UserView } from '@jalon/contract/users/user';
import { loadUserView } from '../../accounts/user-views.ts';
import { assertMayActOnUser } from '../../access/scope.ts';

/**
 * Edits an account the actor may act on, at the version the administrator
 * read; deactivation ends its sessions.
 */
export async function updateUser(
  db: Db,
  context: UseCaseContext,
  props: { id: string; version: number | undefined; changes: UpdateUserBody & { unlock?: boolean } },
): Promise<UserView> {
  await assertMayActOnUser(db, context.actor, props.id);
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(appUser).where(eq(appUser.id, props.id)).for('update');
    if (!row) throw new DomainError('NOT_FOUND', 'Utilisateur introuvable.');
    const before = await loadUserView(tx, props.id, 'all');
    if (props.version !== undefined && row.version !== props.version) throw versionConflict(before);
    if (props.changes.active === false && props.id === actorUserId(context.actor)) {
      throw new DomainError('CANNOT_DEACTIVATE_SELF', 'Vous ne pouvez pas désactiver votre propre compte.', {
        field: ['active'],
      });
    }
    const { unlock, ...changes } = props.changes;
    await tx
      .update(appUser)
      .set({
        ...changes,
        ...(unlock ? { lockedUntil: null, failedLogins: 0 } : {}),
        version: sql`${appUser.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(appUser.id, props.id));
    if (changes.active === false) await revokeOtherSessions(tx, props.id, undefined);
    const after = await loadUserView(tx, props.id, 'all');
    await recordAudit(tx, context, {
      action: unlock ? 'unlock' : 'update',
      entityType: 'user',
      entityId: props.id,
      before,
      after,
    });
  });
  return (await loadUserView(db, props.id, scopeRoots(context.actor, 'users.read')))!;
}
