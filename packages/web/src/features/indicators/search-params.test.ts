import { describe, expect, it } from 'vitest';
import { clampYear, indicatorSearch, indicatorsSearch, targetsSearch, yearsOf } from './search-params.ts';

describe('indicator search params', () => {
  it('keeps a catalogue slug, a query and a page beyond the first', () => {
    expect(indicatorsSearch({ catalogue: 'cpom-occitanie-2025-2029', q: 'mammo', page: '2' })).toEqual({
      catalogue: 'cpom-occitanie-2025-2029',
      q: 'mammo',
      page: 2,
    });
  });

  it('keeps a known kind and an objective, and drops an unknown kind', () => {
    expect(indicatorsSearch({ type: 'rate', objectif: 'Renforcer la santé publique' })).toEqual({
      type: 'rate',
      objectif: 'Renforcer la santé publique',
    });
    expect(indicatorsSearch({ type: 'colour', objectif: ' ' })).toEqual({});
  });

  it('drops blank queries, odd slugs and invalid pages', () => {
    expect(indicatorsSearch({ catalogue: '../admin', q: '  ', page: '0' })).toEqual({});
    expect(indicatorSearch({ catalogue: 42 })).toEqual({});
    expect(indicatorSearch({ catalogue: 'cpom-occitanie-2025-2029' })).toEqual({
      catalogue: 'cpom-occitanie-2025-2029',
    });
  });

  it('reads a year only when it is a plausible whole year', () => {
    expect(targetsSearch({ annee: '2026' })).toEqual({ annee: 2026 });
    expect(targetsSearch({ annee: 2025 })).toEqual({ annee: 2025 });
    expect(targetsSearch({ annee: '2025.5' })).toEqual({});
    expect(targetsSearch({ annee: 'deux mille' })).toEqual({});
    expect(targetsSearch({ annee: '1999' })).toEqual({});
  });
});

describe('years of a period', () => {
  it('clamps a year into the period', () => {
    const period = { from: 2025, to: 2029 };
    expect(clampYear(2024, period)).toBe(2025);
    expect(clampYear(2026, period)).toBe(2026);
    expect(clampYear(2031, period)).toBe(2029);
  });

  it('lists every year of the period, both ends included', () => {
    expect(yearsOf({ from: 2025, to: 2029 })).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(yearsOf({ from: 2026, to: 2025 })).toEqual([]);
  });
});
