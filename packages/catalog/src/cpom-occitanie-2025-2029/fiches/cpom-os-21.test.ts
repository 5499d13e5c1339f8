import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import { establishment } from '../test-establishments.ts';
import { cpomOs21 } from './cpom-os-21.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs21);
const YEARS = [2025, 2026, 2027, 2028, 2029];

describe('CPOM_OS_21', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_21');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('expects 1, 1, 2, 3 and 3 QVCT actions a year (10 over the period) from every establishment', () => {
    for (const etab of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'ch', beds: 300 }),
      establishment({ category: 'clinic', beds: 60 }),
    ]) {
      const targets = YEARS.map((year) => resolveTargets({ establishment: etab, indicator: fiche, year, history: [] }));
      expect(targets.map((t) => t.map((r) => [r.comparator, r.value]))).toEqual(
        [1, 1, 2, 3, 3].map((value) => [['>=', value]]),
      );
    }
  });

  it('judges 2028 against three actions, a rise short of them being partly met', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const history = [{ year: 2027, value: 1 }];
    const run = (value: number) =>
      judge({ establishment: ch, indicator: fiche, year: 2028, history, reported: { year: 2028, value } }).judgement;
    expect(run(3)).toBe('met');
    expect(run(2)).toBe('partly-met');
    expect(run(1)).toBe('not-met');
  });
});
