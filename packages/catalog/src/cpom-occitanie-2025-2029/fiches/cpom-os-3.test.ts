import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomOs3 } from './cpom-os-3.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs3);
const yearlyFloors = (byYear: Record<number, string[]>) => Object.values(byYear).flat();

describe('CPOM_OS_3', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomOs3).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_OS_3');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('asks for 2, 3, 3, 4, 4 interventions a year over 500 beds (16 in all)', () => {
    expect(yearlyFloors(targetsByYear(fiche, establishment({ category: 'chu', beds: 700 })))).toEqual([
      '>= 2',
      '>= 3',
      '>= 3',
      '>= 4',
      '>= 4',
    ]);
  });

  it('asks for 1, 2, 2, 3, 3 interventions a year from 100 to 499 beds (11 in all)', () => {
    expect(yearlyFloors(targetsByYear(fiche, establishment({ category: 'espic', beds: 499 })))).toEqual([
      '>= 1',
      '>= 2',
      '>= 2',
      '>= 3',
      '>= 3',
    ]);
  });

  it('starts with a reflection under 100 beds, then 1, 1, 1 and 2 interventions', () => {
    expect(yearlyFloors(targetsByYear(fiche, establishment({ category: 'local-hospital', beds: 99 })))).toEqual([
      'jalon: Réflexion engagée sur les interventions de promotion de la santé',
      '>= 1',
      '>= 1',
      '>= 1',
      '>= 2',
    ]);
  });

  it('judges the interventions held in the year, not growth over the previous year', () => {
    const big = establishment({ category: 'chu', beds: 700 });
    const history = [{ year: 2027, value: 10 }];
    const met = judge({
      establishment: big,
      indicator: fiche,
      year: 2028,
      history,
      reported: { year: 2028, value: 4 },
    });
    expect(met.judgement).toBe('met');
  });
});
