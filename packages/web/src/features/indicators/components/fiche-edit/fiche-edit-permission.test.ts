import { describe, expect, it } from 'vitest';
import type { Me } from '@jalon/contract/account/me';
import { canEditFiche } from './fiche-edit-permission.ts';

const officer: Me = {
  id: 'u1',
  email: 'ars.referente@jalon.demo',
  displayName: 'Sophie Garnier',
  locale: 'fr',
  isPlatformAdmin: false,
  grants: [{ id: 'g1', role: 'ars-officer', orgUnitId: 'occitanie', orgUnitName: 'Occitanie', orgUnitKind: 'region' }],
  permissions: ['catalogue.write'],
};
const occitanie = { region: { id: 'occitanie', name: 'Occitanie' } };

describe('canEditFiche', () => {
  it('lets the ARS of the catalogue’s region edit, and no other region', () => {
    expect(canEditFiche(officer, occitanie)).toBe(true);
    expect(canEditFiche(officer, { region: { id: 'normandie', name: 'Normandie' } })).toBe(false);
    expect(canEditFiche(officer, { region: null })).toBe(false);
    expect(canEditFiche(officer, undefined)).toBe(false);
  });

  it('refuses a reader with a grant on the region, and lets a platform administrator edit anything', () => {
    expect(canEditFiche({ ...officer, permissions: ['org.read'] }, occitanie)).toBe(false);
    expect(canEditFiche({ ...officer, isPlatformAdmin: true, permissions: [], grants: [] }, { region: null })).toBe(
      true,
    );
  });
});
