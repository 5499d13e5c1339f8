import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import { establishment } from '../test-establishments.ts';
import { cpomOs10 } from './cpom-os-10.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs10);
const YEARS = [2025, 2026, 2027, 2028, 2029];

describe('CPOM_OS_10', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_10');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('expects one weekly cell in 2025 and 2026, then two, in every establishment', () => {
    for (const etab of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'ch', beds: 300 }),
      establishment({ category: 'clinic', beds: 50 }),
    ]) {
      const targets = YEARS.map((year) => resolveTargets({ establishment: etab, indicator: fiche, year, history: [] }));
      expect(targets.map((t) => t.map((r) => [r.status, r.comparator, r.value]))).toEqual(
        [1, 1, 2, 2, 2].map((value) => [['resolved', '>=', value]]),
      );
    }
  });

  it('judges a single weekly cell as short of the 2027 target', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const run = (value: number) =>
      judge({ establishment: ch, indicator: fiche, year: 2027, history: [], reported: { year: 2027, value } })
        .judgement;
    expect(run(2)).toBe('met');
    expect(run(1)).toBe('not-met');
  });
});
