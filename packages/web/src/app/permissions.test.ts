import { describe, expect, it } from 'vitest';
import type { Me } from '@jalon/contract/account/me';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import type { GrantView } from '@jalon/contract/users/grant';
import {
  canManageOrgUnits,
  canOpenAssociatedGht,
  canReadUsers,
  hasPermission,
  orgUnitRights,
  readableAncestors,
} from './permissions.ts';

const me = (overrides: Partial<Me>): Me => ({
  id: 'u1',
  email: 'a@chu.fr',
  displayName: 'A',
  locale: 'fr',
  isPlatformAdmin: false,
  grants: [],
  permissions: [],
  ...overrides,
});

describe('permissions', () => {
  it('follows the permission list of the session', () => {
    const reader = me({ permissions: ['org.read'] });
    expect(canManageOrgUnits(reader)).toBe(false);
    expect(canReadUsers(reader)).toBe(false);
    const director = me({ permissions: ['org.read', 'org.write', 'users.read'] });
    expect(canManageOrgUnits(director)).toBe(true);
    expect(canReadUsers(director)).toBe(true);
    expect(hasPermission(director, 'users.write')).toBe(false);
  });

  it('lets a platform administrator do everything', () => {
    expect(hasPermission(me({ isPlatformAdmin: true }), 'audit.read')).toBe(true);
  });
});

const grant = (role: GrantView['role'], orgUnitId: string): GrantView => ({
  id: `g-${orgUnitId}`,
  role,
  orgUnitId,
  orgUnitName: orgUnitId,
  orgUnitKind: 'establishment',
});
const path: OrgUnitView['path'] = [
  { id: 'occitanie', name: 'Occitanie', kind: 'region' },
  { id: 'ght', name: 'GHT Est-Hérault et Sud-Aveyron', kind: 'ght' },
  { id: 'millau', name: 'Centre hospitalier de Millau', kind: 'establishment' },
];

describe('readableAncestors', () => {
  it('leaves out the ancestors above the reader’s roles, which the server would refuse', () => {
    const pilot = me({ grants: [grant('action-pilot', 'pole')] });
    expect(readableAncestors(pilot, [...path, { id: 'pole', name: 'Pôle médecine', kind: 'grouping' }])).toEqual([
      false,
      false,
      false,
      true,
    ]);
    const director = me({ grants: [grant('establishment-director', 'millau')] });
    expect(readableAncestors(director, path)).toEqual([false, false, true]);
  });

  it('opens every ancestor to a platform administrator', () => {
    expect(readableAncestors(me({ isPlatformAdmin: true }), path)).toEqual([true, true, true]);
  });
});

describe('orgUnitRights', () => {
  const director = me({ grants: [grant('establishment-director', 'millau')], permissions: ['org.read', 'org.write'] });

  it('lets a director edit his own establishment but not move or delete it', () => {
    expect(orgUnitRights(director, { id: 'millau', path: path.slice(0, 2) })).toEqual({
      edit: true,
      moveOrDelete: false,
    });
  });

  it('lets him move and delete what lies below it', () => {
    expect(orgUnitRights(director, { id: 'pole', path })).toEqual({ edit: true, moveOrDelete: true });
  });

  it('offers nothing on units his write roles do not cover', () => {
    expect(orgUnitRights(director, { id: 'ght', path: path.slice(0, 1) })).toEqual({
      edit: false,
      moveOrDelete: false,
    });
    const quality = me({ grants: [grant('quality-manager', 'millau')], permissions: ['org.read'] });
    expect(orgUnitRights(quality, { id: 'pole', path })).toEqual({ edit: false, moveOrDelete: false });
  });
});

describe('canOpenAssociatedGht', () => {
  const unit = { path: path.slice(0, 1) };
  it('opens the GHT to roles on it or on the region, not to the establishment’s own roles', () => {
    expect(canOpenAssociatedGht(me({ grants: [grant('establishment-director', 'millau')] }), unit, 'ght-2')).toBe(
      false,
    );
    expect(canOpenAssociatedGht(me({ grants: [grant('ght-coordinator', 'ght-2')] }), unit, 'ght-2')).toBe(true);
    expect(canOpenAssociatedGht(me({ grants: [grant('ars-officer', 'occitanie')] }), unit, 'ght-2')).toBe(true);
  });
});
