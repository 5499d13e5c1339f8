import { describe, expect, it } from 'vitest';
import { conflictRows } from './version-conflict.ts';

describe('conflictRows', () => {
  it('lists only the fields that differ, establishment fields by name', () => {
    const mine = {
      name: 'CH Nord',
      shortName: null,
      finess: null,
      establishment: {
        category: 'ch' as const,
        legalStatus: 'public' as const,
        department: '31',
        capacities: [],
        authorisations: [],
        associatedGhtIds: [],
      },
    };
    const theirs = { ...mine, name: 'CH du Nord', establishment: { ...mine.establishment, department: '32' } };
    expect(conflictRows(mine, theirs)).toEqual([
      { field: 'name', mine: 'CH Nord', theirs: 'CH du Nord' },
      { field: 'establishment.department', mine: '31', theirs: '32' },
    ]);
  });

  it('finds nothing when both sides agree', () => {
    expect(conflictRows({ name: 'A', finess: null }, { name: 'A', finess: null })).toEqual([]);
  });
});
