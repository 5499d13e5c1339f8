import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs8 } from './cpom-os-8.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs8);
const YEARS = [2025, 2026, 2027, 2028, 2029];

function resolve(etab: EstablishmentProfile, year: number, history: IndicatorValue[] = []) {
  return resolveTargets({ establishment: etab, indicator: fiche, year, history });
}

describe('CPOM_OS_8', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_8');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('asks every establishment for a chosen target of at least 10 % at the first collection', () => {
    for (const etab of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'ch', beds: 300 }),
      establishment({ category: 'clinic', beds: 60 }),
    ]) {
      expect(resolve(etab, 2025)).toMatchObject([{ status: 'resolved', comparator: '>=', value: 10 }]);
      expect(resolve(etab, 2025, [{ year: 2025, chosenTarget: 25 }])).toMatchObject([{ comparator: '>=', value: 25 }]);
      // A choice below the floor does not lower the target.
      expect(resolve(etab, 2025, [{ year: 2025, chosenTarget: 6 }])).toMatchObject([{ value: 10 }]);
    }
  });

  it('then expects the share to rise every year over the previous one', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const history = [
      { year: 2025, numerator: 6, denominator: 40 },
      { year: 2026, value: 20 },
      { year: 2027, value: 22 },
      { year: 2028, value: 30 },
    ];
    const previous = [15, 20, 22, 30];
    YEARS.slice(1).forEach((year, i) => {
      expect(resolve(ch, year, history)).toMatchObject([{ status: 'resolved', comparator: '>', value: previous[i] }]);
    });
    expect(resolve(ch, 2026)).toMatchObject([{ status: 'pending', missing: ['valeur 2025'] }]);
  });

  it('judges the first collection against the chosen target', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const run = (numerator: number) =>
      judge({
        establishment: ch,
        indicator: fiche,
        year: 2025,
        history: [],
        reported: { year: 2025, numerator, denominator: 40, chosenTarget: 15 },
      }).judgement;
    expect(run(6)).toBe('met');
    expect(run(5)).toBe('not-met');
  });
});
