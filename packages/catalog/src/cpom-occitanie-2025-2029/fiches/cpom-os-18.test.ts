import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import { establishment } from '../test-establishments.ts';
import { cpomOs18 } from './cpom-os-18.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs18);
const YEARS = [2025, 2026, 2027, 2028, 2029];

describe('CPOM_OS_18', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_18');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('expects at least one crisis exercise a year in every establishment', () => {
    for (const etab of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'ch', beds: 300 }),
      establishment({ category: 'clinic', beds: 60 }),
    ]) {
      const targets = YEARS.map((year) => resolveTargets({ establishment: etab, indicator: fiche, year, history: [] }));
      expect(targets.map((t) => t.map((r) => [r.status, r.comparator, r.value]))).toEqual(
        YEARS.map(() => [['resolved', '>=', 1]]),
      );
    }
  });

  it('judges a year without exercise as not met', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const run = (value: number) =>
      judge({ establishment: ch, indicator: fiche, year: 2028, history: [], reported: { year: 2028, value } })
        .judgement;
    expect(run(0)).toBe('not-met');
    expect(run(1)).toBe('met');
  });
});
