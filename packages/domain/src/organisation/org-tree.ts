import { DomainError } from '../errors.ts';
import type { LegalStatus, OrgUnitKind } from './establishment.ts';

/**
 * Which kinds of unit each kind may hold directly.
 *
 * - A region (ARS) holds its GHTs, and also establishments that are not GHT
 *   members: private and medico-social partners are only associated to a GHT,
 *   and AP-HP is a public establishment outside any GHT.
 * - An establishment (legal entity, FINESS EJ) holds its sites (FINESS ET)
 *   and groupings that span several sites (an AP-HP GHU, a CH's pôles).
 * - Groupings nest (GHU › DMU, pôle › sub-pôle) and hold units (services).
 * - A unit is a leaf.
 */
const CHILD_KINDS: Readonly<Record<OrgUnitKind, readonly OrgUnitKind[]>> = {
  region: ['ght', 'establishment'],
  ght: ['establishment'],
  establishment: ['site', 'grouping'],
  site: ['grouping', 'unit'],
  grouping: ['grouping', 'unit'],
  unit: [],
};

/** French labels for messages; the API sends codes, these read well in logs and CLI. */
const KIND_LABELS: Readonly<Record<OrgUnitKind, string>> = {
  region: 'une région',
  ght: 'un GHT',
  establishment: 'un établissement',
  site: 'un site',
  grouping: 'un regroupement (pôle, DMU, GHU)',
  unit: 'une unité',
};

export function allowedChildKinds(parentKind: OrgUnitKind): readonly OrgUnitKind[] {
  return CHILD_KINDS[parentKind];
}

export function isChildKindAllowed(parentKind: OrgUnitKind, childKind: OrgUnitKind): boolean {
  return CHILD_KINDS[parentKind].includes(childKind);
}

/** Throws `ORG_KIND_NOT_ALLOWED` when `childKind` cannot sit directly under `parentKind`. */
export function assertChildKindAllowed(parentKind: OrgUnitKind, childKind: OrgUnitKind): void {
  if (isChildKindAllowed(parentKind, childKind)) return;
  throw new DomainError(
    'ORG_KIND_NOT_ALLOWED',
    `Impossible de rattacher ${KIND_LABELS[childKind]} directement à ${KIND_LABELS[parentKind]}.`,
    {
      field: ['parentId'],
      details: { parentKind, childKind, allowedChildKinds: CHILD_KINDS[parentKind] },
    },
  );
}

/** Throws `ORG_ROOT_NOT_REGION` for a unit without parent that is not a region. */
export function assertRootKindAllowed(kind: OrgUnitKind): void {
  if (kind === 'region') return;
  throw new DomainError(
    'ORG_ROOT_NOT_REGION',
    `Seule une région peut être à la racine de l'arborescence ; ${KIND_LABELS[kind]} doit avoir un parent.`,
    { field: ['parentId'], details: { kind } },
  );
}

/**
 * Throws `ORG_PRIVATE_GHT_MEMBER` when a private establishment is placed under
 * a GHT: only public establishments are members; private partners are
 * associated to a GHT and sit under their region.
 */
export function assertEstablishmentParentAllowed(parentKind: OrgUnitKind, legalStatus: LegalStatus): void {
  assertChildKindAllowed(parentKind, 'establishment');
  if (parentKind !== 'ght' || legalStatus === 'public') return;
  throw new DomainError(
    'ORG_PRIVATE_GHT_MEMBER',
    "Un établissement privé n'est pas membre d'un GHT : rattachez-le à sa région et associez-le au GHT.",
    { field: ['parentId'], details: { legalStatus } },
  );
}

/**
 * Throws `ESTABLISHMENT_REQUIRED` when an establishment comes without its
 * category, status and department, and `ESTABLISHMENT_NOT_ALLOWED` when any
 * other kind of unit brings them: only a legal entity carries them.
 */
export function assertEstablishmentData(kind: OrgUnitKind, given: boolean): void {
  if (kind === 'establishment' && !given) {
    throw new DomainError(
      'ESTABLISHMENT_REQUIRED',
      'Un établissement doit préciser sa catégorie, son statut et son département.',
      {
        field: ['establishment'],
      },
    );
  }
  if (kind !== 'establishment' && given) {
    throw new DomainError('ESTABLISHMENT_NOT_ALLOWED', 'Seul un établissement porte ces attributs.', {
      field: ['establishment'],
    });
  }
}

/**
 * Throws `ORG_CYCLE` when moving `movingId` under a new parent would make it
 * its own ancestor.
 *
 * @param newParentAncestorIds the new parent's id and the ids of all its
 *   ancestors up to the root, in any order. The new parent itself must be in
 *   the list: moving a unit under itself is the shortest cycle.
 */
export function assertNoCycle(movingId: string, newParentAncestorIds: readonly string[]): void {
  if (!newParentAncestorIds.includes(movingId)) return;
  throw new DomainError('ORG_CYCLE', 'Impossible de rattacher une unité à elle-même ou à une de ses sous-unités.', {
    field: ['parentId'],
    details: { movingId },
  });
}
