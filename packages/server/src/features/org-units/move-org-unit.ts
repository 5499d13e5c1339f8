import { DomainError } from '@jalon/domain/errors';
import { assertChildKindAllowed, assertEstablishmentParentAllowed, assertNoCycle } from '@jalon/domain/organisation/org-tree';
import type { Db } from '../../db/database.ts';
import { scopeRoots } from '../../http/actor.ts';
import type { RequestContext } from '../../http/context.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { bumpVersion, lockUnitForEdit } from './locked-unit.ts';
import { ancestorsOf } from '../../org-scope/org-scope.ts';
import { loadOrgUnitViews } from './org-unit-repository.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';

/** Moves a unit (and its subtree) under another parent the caller may edit. */
export async function moveOrgUnit(
  db: Db,
  context: RequestContext,
  props: { id: string; version: number; parentId: string },
): Promise<OrgUnitView> {
  await db.transaction(async (tx) => {
    const before = await lockUnitForEdit(tx, context, props.id, props.version);
    const chain = await ancestorsOf(tx, props.parentId);
    const scope = scopeRoots(context.actor, 'org.write');
    if (chain.length === 0 || (scope !== 'all' && !chain.some((u) => scope.includes(u.id)))) {
      throw new DomainError('UNKNOWN_PARENT', "La nouvelle entité parente est introuvable dans votre périmètre.", { field: ['parentId'] });
    }
    assertNoCycle(props.id, chain.map((u) => u.id));
    assertChildKindAllowed(chain[0]!.kind, before.kind);
    if (before.establishment) assertEstablishmentParentAllowed(chain[0]!.kind, before.establishment.legalStatus);
    await bumpVersion(tx, props.id, { parentId: props.parentId });
    const [after] = await loadOrgUnitViews(tx, [props.id]);
    await recordAudit(tx, context, { action: 'move', entityType: 'org_unit', entityId: props.id, before, after });
  });
  const [view] = await loadOrgUnitViews(db, [props.id]);
  return view!;
}
