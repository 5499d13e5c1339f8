import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs15 } from './cpom-os-15.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs15);
const YEARS = [2025, 2026, 2027, 2028, 2029];

function resolve(etab: EstablishmentProfile, year: number, history: IndicatorValue[]) {
  return resolveTargets({ establishment: etab, indicator: fiche, year, history });
}

describe('CPOM_OS_15', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_15');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('grows the initial active file by 20 % of itself a year, doubling it by 2029, in every establishment', () => {
    const history = [{ year: 2024, value: 45 }];
    for (const etab of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'ch', beds: 300 }),
      establishment({ category: 'clinic', beds: 60 }),
    ]) {
      expect(YEARS.map((year) => resolve(etab, year, history).map((t) => [t.comparator, t.value]))).toEqual(
        [54, 63, 72, 81, 90].map((value) => [['>=', value]]),
      );
    }
  });

  it('waits for the initial active file', () => {
    expect(resolve(establishment({ category: 'ch', beds: 300 }), 2027, [{ year: 2026, value: 80 }])).toMatchObject([
      { status: 'pending', missing: ['valeur 2024'] },
    ]);
  });

  it('judges against the initial file, not the previous year', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const history = [
      { year: 2024, value: 45 },
      { year: 2025, value: 70 },
    ];
    const run = (value: number) =>
      judge({ establishment: ch, indicator: fiche, year: 2026, history, reported: { year: 2026, value } }).judgement;
    expect(run(63)).toBe('met');
    expect(run(62)).toBe('not-met');
  });
});
