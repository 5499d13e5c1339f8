import { eq } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { isStillReferenced } from '../../db/pg-error.ts';
import { orgUnit } from '../../db/schema/org-unit.table.ts';
import type { UseCaseContext } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { lockUnitForEdit } from './locked-unit.ts';

/** Deletes a leaf unit that no role grant still points at. */
export async function deleteOrgUnit(
  db: Db,
  context: UseCaseContext,
  props: { id: string; version: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockUnitForEdit(tx, context, props.id, props.version);
    if (before.childCount > 0) {
      throw new DomainError(
        'ORG_HAS_CHILDREN',
        `Cette entité contient ${before.childCount} entité(s) : déplacez-les ou supprimez-les d'abord.`,
      );
    }
    await tx
      .delete(orgUnit)
      .where(eq(orgUnit.id, props.id))
      .catch((error: unknown) => {
        if (isStillReferenced(error))
          throw new DomainError('ORG_IN_USE', 'Des rôles sont encore attribués sur cette entité.');
        throw error;
      });
    await recordAudit(tx, context, { action: 'delete', entityType: 'org_unit', entityId: props.id, before });
  });
}
