import { describe, expect, it } from 'vitest';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { createOrgUnitFormSchema, updateOrgUnitFormSchema } from './org-unit-form-schema.ts';
import {
  emptyEstablishment,
  formValuesFromUnit,
  formValuesToCreateInput,
  formValuesToInput,
} from './org-unit-form-values.ts';

// The request schemas take UUIDs, as the server does.
const A1 = '0b6f1a3c-1d2e-4f50-8a61-7b8c9d0e1f21';
const G1 = '0b6f1a3c-1d2e-4f50-8a61-7b8c9d0e1f22';
const G2 = '0b6f1a3c-1d2e-4f50-8a61-7b8c9d0e1f23';

const unit: OrgUnitView = {
  id: A1,
  kind: 'establishment',
  parentId: G1,
  name: 'CH de Calvi',
  shortName: null,
  finess: '2B0005342',
  path: [],
  childCount: 0,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  establishment: {
    category: 'ch',
    legalStatus: 'public',
    department: '2B',
    capacities: [{ year: 2026, beds: 120, places: 10 }],
    authorisations: ['emergency'],
    cpomTier: '100-499',
    associatedGhts: [{ id: G2, name: 'GHT Corse' }],
  },
};

describe('organisation form values', () => {
  it('round-trips a unit into a valid request body', () => {
    const input = formValuesToInput(formValuesFromUnit(unit));
    expect(input).toEqual({
      name: 'CH de Calvi',
      shortName: null,
      finess: '2B0005342',
      establishment: {
        category: 'ch',
        legalStatus: 'public',
        department: '2B',
        capacities: [{ year: 2026, beds: 120, places: 10 }],
        authorisations: ['emergency'],
        associatedGhtIds: [G2],
      },
    });
    expect(updateOrgUnitFormSchema.safeParse(input).success).toBe(true);
  });

  it('cleans typed text: blank short name is null, FINESS loses its display spaces', () => {
    const values = { ...formValuesFromUnit(unit), shortName: '  ', finess: '2b 000 534 2' };
    expect(formValuesToInput(values)).toMatchObject({ shortName: null, finess: '2B0005342' });
  });

  it('lets the schema reject a wrong FINESS key and a missing category', () => {
    const values = { ...formValuesFromUnit(unit), finess: '2B0005343', establishment: emptyEstablishment() };
    const result = updateOrgUnitFormSchema.safeParse(formValuesToInput(values));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['finess', 'establishment.category', 'establishment.department']));
  });

  it('sends no establishment block for other kinds', () => {
    const site = { ...unit, kind: 'site' as const, establishment: null };
    expect(formValuesToInput(formValuesFromUnit(site))).not.toHaveProperty('establishment');
  });

  it('builds a creation body with kind and parent', () => {
    const values = { name: ' Pôle femme-enfant ', shortName: '', finess: '', establishment: null };
    const input = formValuesToCreateInput(values, 'grouping', A1);
    expect(input).toEqual({ kind: 'grouping', parentId: A1, name: 'Pôle femme-enfant', shortName: null, finess: null });
    expect(createOrgUnitFormSchema.safeParse(input).success).toBe(true);
  });
});
