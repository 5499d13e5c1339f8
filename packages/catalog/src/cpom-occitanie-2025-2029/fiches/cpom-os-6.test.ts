import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomOs6 } from './cpom-os-6.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs6);
const TEAM = 'jalon: Équipe multidisciplinaire d’ETP constituée';
/** Programmes declared each year, 2024 being the reference. */
const history = [3, 3, 4, 6, 8].map((value, i) => ({ year: 2024 + i, value }));

describe('CPOM_OS_6', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomOs6).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_OS_6');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('builds the team in 2025, then adds 1, 2, 2 and 3 programmes over 500 beds', () => {
    expect(targetsByYear(fiche, establishment({ category: 'chu', beds: 950 }), history)).toEqual({
      2025: [TEAM],
      2026: ['>= 4'],
      2027: ['>= 6'],
      2028: ['>= 8'],
      2029: ['>= 11'],
    });
  });

  it('adds 1, 1, 1 and 2 programmes from 100 to 499 beds', () => {
    expect(targetsByYear(fiche, establishment({ category: 'ch', beds: 100 }), history)).toEqual({
      2025: [TEAM],
      2026: ['>= 4'],
      2027: ['>= 5'],
      2028: ['>= 7'],
      2029: ['>= 10'],
    });
  });

  it('keeps the count in 2025, builds the team in 2026-2027 and adds one programme a year under 100 beds', () => {
    expect(targetsByYear(fiche, establishment({ category: 'clinic', beds: 40 }), history)).toEqual({
      2025: ['>= 3'],
      2026: [TEAM],
      2027: [TEAM],
      2028: ['>= 7'],
      2029: ['>= 9'],
    });
  });

  it('judges the team year on the declared milestone', () => {
    const chu = establishment({ category: 'chu', beds: 950 });
    const result = judge({
      establishment: chu,
      indicator: fiche,
      year: 2025,
      history,
      reported: { year: 2025, value: 3, milestoneReached: true },
    });
    expect(result.judgement).toBe('met');
  });
});
