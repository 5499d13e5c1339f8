import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs22 } from './cpom-os-22.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs22);
const YEARS = [2025, 2026, 2027, 2028, 2029];

function resolve(etab: EstablishmentProfile, year: number, history: IndicatorValue[] = []) {
  return resolveTargets({ establishment: etab, indicator: fiche, year, history });
}

describe('CPOM_OS_22', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_22');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('has no target in 2025, the reference year', () => {
    const chu = establishment({ category: 'chu', beds: 1500 });
    expect(resolve(chu, 2025)).toMatchObject([{ status: 'not-applicable' }]);
    expect(
      judge({ establishment: chu, indicator: fiche, year: 2025, history: [], reported: { year: 2025, value: 12 } })
        .judgement,
    ).toBe('not-applicable');
  });

  it('then expects 15 % more projects than the previous year, rounded up', () => {
    const history = [
      { year: 2025, value: 20 },
      { year: 2026, value: 23 },
      { year: 2027, value: 27 },
      { year: 2028, value: 3 },
    ];
    for (const etab of [establishment({ category: 'chu', beds: 1500 }), establishment({ category: 'ch', beds: 300 })]) {
      // 23, 26.45 → 27, 31.05 → 32, and from 3 projects 3.45 → 4: a small team still needs one more.
      expect(
        [2026, 2027, 2028, 2029].map((year) => resolve(etab, year, history).map((t) => [t.comparator, t.value])),
      ).toEqual([23, 27, 32, 4].map((value) => [['>=', value]]));
    }
  });

  it('waits for the previous year’s count', () => {
    expect(resolve(establishment({ category: 'ch', beds: 300 }), 2026)).toMatchObject([
      { status: 'pending', missing: ['valeur 2025'] },
    ]);
  });
});
