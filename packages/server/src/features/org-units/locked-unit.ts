import { eq, sql } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { orgUnit } from '../../db/schema/org-unit.table.ts';
import type { UseCaseContext } from '../../access/actor.ts';
import { versionConflict } from '@jalon/domain/version-conflict';
import { unitInScope } from '../../access/scope.ts';
import { loadOrgUnitViews } from './org-unit-repository.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';

export function orgUnitNotFound(): DomainError {
  return new DomainError('NOT_FOUND', 'Entité introuvable.');
}

/**
 * Locks a unit the caller may edit, at the version the caller last read.
 * Inside the caller's transaction: concurrent editors queue here, and the
 * second one gets the first one's version back instead of overwriting it.
 */
export async function lockUnitForEdit(
  tx: Db,
  context: UseCaseContext,
  id: string,
  expectedVersion: number,
): Promise<OrgUnitView> {
  const [row] = await tx.select({ version: orgUnit.version }).from(orgUnit).where(eq(orgUnit.id, id)).for('update');
  if (!row || !(await unitInScope(tx, context.actor, id, 'org.write'))) throw orgUnitNotFound();
  const [view] = await loadOrgUnitViews(tx, [id]);
  if (row.version !== expectedVersion) throw versionConflict(view);
  return view!;
}

export async function bumpVersion(
  tx: Db,
  id: string,
  changes: Partial<typeof orgUnit.$inferInsert> = {},
): Promise<void> {
  await tx
    .update(orgUnit)
    .set({ ...changes, version: sql`${orgUnit.version} + 1`, updatedAt: sql`now()` })
    .where(eq(orgUnit.id, id));
}
