import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs19 } from './cpom-os-19.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs19);
const YEARS = [2025, 2026, 2027, 2028, 2029];
const HISTORY: IndicatorValue[] = [
  { year: 2025, numerator: 3, denominator: 40, chosenTarget: 7 },
  { year: 2026, value: 9 },
  { year: 2027, value: 12 },
  { year: 2028, value: 12 },
];
const SIZES = [
  establishment({ category: 'chu', beds: 1500 }),
  establishment({ category: 'ch', beds: 300 }),
  establishment({ category: 'clinic', beds: 60 }),
];

function resolve(etab: EstablishmentProfile, year: number, history: IndicatorValue[] = HISTORY) {
  return resolveTargets({ establishment: etab, indicator: fiche, year, history });
}

describe('CPOM_OS_19', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_19');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
    expect(fiche.targets.map((row) => row.scope.tiers)).toEqual([['over-500'], ['100-499'], ['under-100']]);
  });

  it('lets each tier choose its 2025 target, at least 5 %', () => {
    for (const etab of SIZES) {
      expect(resolve(etab, 2025)).toMatchObject([{ status: 'resolved', comparator: '>=', value: 7 }]);
      expect(resolve(etab, 2025, [{ year: 2025, chosenTarget: 4 }])).toMatchObject([{ comparator: '>=', value: 5 }]);
      expect(resolve(etab, 2025, [])).toMatchObject([{ comparator: '>=', value: 5 }]);
    }
  });

  it('then expects a strict rise in 2026-2028 and accepts a stable rate in 2029', () => {
    for (const etab of SIZES) {
      const targets = [2026, 2027, 2028, 2029].map((year) => resolve(etab, year).map((t) => [t.comparator, t.value]));
      expect(targets).toEqual([[['>', 7.5]], [['>', 9]], [['>', 12]], [['>=', 12]]]);
    }
  });

  it('judges a stable rate as not met in 2028 but met in 2029', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const history = [...HISTORY, { year: 2029, value: 12 }];
    const run = (year: number) => judge({ establishment: ch, indicator: fiche, year, history }).judgement;
    expect(run(2028)).toBe('not-met');
    expect(run(2029)).toBe('met');
  });

  it('reads the rate against the seed’s interpretation bands', () => {
    expect(fiche.interpretationBands.map((band) => [band.min, band.max])).toEqual([
      [undefined, 10],
      [10, 30],
      [30, undefined],
    ]);
  });
});
