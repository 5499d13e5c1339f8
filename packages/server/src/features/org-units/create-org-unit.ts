import { DomainError } from '@jalon/domain/errors';
import {
  assertChildKindAllowed,
  assertEstablishmentData,
  assertEstablishmentParentAllowed,
} from '@jalon/domain/organisation/org-tree';
import type { Db } from '../../db/database.ts';
import { orgUnit } from '../../db/schema/org-unit.table.ts';
import { isPlatformAdmin, scopeRoots, type UseCaseContext } from '../../access/actor.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { checkedFiness, translateUniqueViolation, writeEstablishment } from './establishment-writer.ts';
import { unitChainInScope } from '../../access/scope.ts';
import { loadOrgUnitViews } from './org-unit-repository.ts';
import type { CreateOrgUnitBody, OrgUnitView } from '@jalon/contract/org-units/org-unit';

/** Creates a unit under a parent the caller may edit; a region needs a platform admin. */
export async function createOrgUnit(db: Db, context: UseCaseContext, body: CreateOrgUnitBody): Promise<OrgUnitView> {
  const finess = checkedFiness(body.finess);
  if (body.parentId === null) {
    if (body.kind !== 'region' || !isPlatformAdmin(context.actor)) {
      throw new DomainError('UNKNOWN_PARENT', 'Une entité doit être rattachée à une entité parente.', {
        field: ['parentId'],
      });
    }
  } else {
    const chain = await unitChainInScope(db, context.actor, body.parentId, 'org.write');
    if (!chain) {
      throw new DomainError('UNKNOWN_PARENT', "L'entité parente est introuvable dans votre périmètre.", {
        field: ['parentId'],
      });
    }
    assertChildKindAllowed(chain[0]!.kind, body.kind);
    if (body.establishment) assertEstablishmentParentAllowed(chain[0]!.kind, body.establishment.legalStatus);
  }
  assertEstablishmentData(body.kind, body.establishment !== undefined);
  const id = await db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(orgUnit)
        .values({
          kind: body.kind,
          parentId: body.parentId,
          name: body.name,
          shortName: body.shortName ?? null,
          finess,
        })
        .returning({ id: orgUnit.id });
      if (body.establishment)
        await writeEstablishment(tx, row!.id, body.establishment, scopeRoots(context.actor, 'org.read'));
      const [view] = await loadOrgUnitViews(tx, [row!.id]);
      await recordAudit(tx, context, { action: 'create', entityType: 'org_unit', entityId: row!.id, after: view });
      return row!.id;
    })
    .catch(translateUniqueViolation);
  const [view] = await loadOrgUnitViews(db, [id]);
  return view!;
}
