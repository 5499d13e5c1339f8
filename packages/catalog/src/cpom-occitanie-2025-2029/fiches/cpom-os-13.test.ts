import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs13 } from './cpom-os-13.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs13);
const YEARS = [2025, 2026, 2027, 2028, 2029];

function resolve(etab: EstablishmentProfile, year: number, history: IndicatorValue[]) {
  return resolveTargets({ establishment: etab, indicator: fiche, year, history });
}

describe('CPOM_OS_13', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_13');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('expects 3 points more than the previous year’s rate, from 2024 on, whatever the size', () => {
    const history: IndicatorValue[] = [
      { year: 2024, numerator: 120, denominator: 400 },
      { year: 2025, value: 31.5 },
      { year: 2026, value: 36 },
      { year: 2027, value: 38 },
      { year: 2028, value: 41.25 },
    ];
    for (const etab of [
      establishment({ category: 'chu', beds: 1500, authorisations: ['surgery'] }),
      establishment({ category: 'clinic', beds: 80, authorisations: ['surgery'] }),
    ]) {
      expect(YEARS.map((year) => resolve(etab, year, history).map((t) => [t.comparator, t.value]))).toEqual(
        [33, 34.5, 39, 41, 44.25].map((value) => [['>=', value]]),
      );
    }
  });

  it('waits for the previous year’s rate', () => {
    const ch = establishment({ category: 'ch', beds: 300, authorisations: ['surgery'] });
    expect(resolve(ch, 2025, [])).toMatchObject([{ status: 'pending', missing: ['valeur 2024'] }]);
  });

  it('does not concern establishments without surgery', () => {
    expect(resolve(establishment({ category: 'ch', beds: 300 }), 2025, [])[0]?.status).toBe('not-applicable');
  });

  it('counts a rise short of 3 points as partly met', () => {
    const ch = establishment({ category: 'ch', beds: 300, authorisations: ['surgery'] });
    const history = [{ year: 2024, value: 30 }];
    const run = (value: number) =>
      judge({ establishment: ch, indicator: fiche, year: 2025, history, reported: { year: 2025, value } }).judgement;
    expect(run(33)).toBe('met');
    expect(run(31)).toBe('partly-met');
    expect(run(29)).toBe('not-met');
  });
});
