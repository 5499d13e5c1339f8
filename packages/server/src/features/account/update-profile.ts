import type { Db } from '../../db/database.ts';
import type { PersonActor, UseCaseContext } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { updateOwnProfile } from './account-queries.ts';
import type { UpdateMeBody } from '@jalon/contract/account/me';

/** A person changes their own name or language; the change is in their history like an administrator's. */
export async function updateProfile(
  db: Db,
  context: UseCaseContext<PersonActor>,
  changes: UpdateMeBody,
): Promise<void> {
  await db.transaction(async (tx) => {
    await updateOwnProfile(tx, context.actor.userId, changes);
    await recordAudit(tx, context, {
      action: 'update',
      entityType: 'user',
      entityId: context.actor.userId,
      after: changes,
    });
  });
}
