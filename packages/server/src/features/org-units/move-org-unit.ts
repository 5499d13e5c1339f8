import { DomainError } from '@jalon/domain/errors';
import {
  assertChildKindAllowed,
  assertEstablishmentParentAllowed,
  assertNoCycle,
} from '@jalon/domain/organisation/org-tree';
import type { Db } from '../../db/database.ts';
import type { UseCaseContext } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { bumpVersion, lockUnitForEdit } from './locked-unit.ts';
import { unitChainInScope } from '../../access/scope.ts';
import { loadOrgUnitViews } from './org-unit-repository.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';

/** Moves a unit (and its subtree) under another parent the caller may edit. */
export async function moveOrgUnit(
  db: Db,
  context: UseCaseContext,
  props: { id: string; version: number; parentId: string },
): Promise<OrgUnitView> {
  await db.transaction(async (tx) => {
    const before = await lockUnitForEdit(tx, context, props.id, props.version);
    const chain = await unitChainInScope(tx, context.actor, props.parentId, 'org.write');
    if (!chain) {
      throw new DomainError('UNKNOWN_PARENT', 'La nouvelle entité parente est introuvable dans votre périmètre.', {
        field: ['parentId'],
      });
    }
    assertNoCycle(
      props.id,
      chain.map((u) => u.id),
    );
    assertChildKindAllowed(chain[0]!.kind, before.kind);
    if (before.establishment) assertEstablishmentParentAllowed(chain[0]!.kind, before.establishment.legalStatus);
    await bumpVersion(tx, props.id, { parentId: props.parentId });
    const [after] = await loadOrgUnitViews(tx, [props.id]);
    await recordAudit(tx, context, { action: 'move', entityType: 'org_unit', entityId: props.id, before, after });
  });
  const [view] = await loadOrgUnitViews(db, [props.id]);
  return view!;
}
