import { assertEstablishmentData, assertEstablishmentParentAllowed } from '@jalon/domain/organisation/org-tree';
import type { Db } from '../../db/database.ts';
import { scopeRoots, type UseCaseContext } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { checkedFiness, translateUniqueViolation, writeEstablishment } from './establishment-writer.ts';
import { bumpVersion, lockUnitForEdit } from './locked-unit.ts';
import { loadOrgUnitViews } from './org-unit-repository.ts';
import type { OrgUnitView, UpdateOrgUnitBody } from '@jalon/contract/org-units/org-unit';

export async function updateOrgUnit(
  db: Db,
  context: UseCaseContext,
  props: { id: string; version: number; changes: UpdateOrgUnitBody },
): Promise<OrgUnitView> {
  const { changes } = props;
  const finess = changes.finess === undefined ? undefined : checkedFiness(changes.finess);
  await db
    .transaction(async (tx) => {
      const before = await lockUnitForEdit(tx, context, props.id, props.version);
      if (changes.establishment) {
        assertEstablishmentData(before.kind, true);
        const parent = before.path.at(-1);
        if (parent) assertEstablishmentParentAllowed(parent.kind, changes.establishment.legalStatus);
      }
      await bumpVersion(tx, props.id, {
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.shortName === undefined ? {} : { shortName: changes.shortName }),
        ...(finess === undefined ? {} : { finess }),
      });
      if (changes.establishment)
        await writeEstablishment(tx, props.id, changes.establishment, scopeRoots(context.actor, 'org.read'));
      const [after] = await loadOrgUnitViews(tx, [props.id]);
      await recordAudit(tx, context, { action: 'update', entityType: 'org_unit', entityId: props.id, before, after });
    })
    .catch(translateUniqueViolation);
  const [view] = await loadOrgUnitViews(db, [props.id]);
  return view!;
}
