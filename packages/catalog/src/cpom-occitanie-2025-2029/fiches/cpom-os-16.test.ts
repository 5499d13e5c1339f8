import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import { establishment } from '../test-establishments.ts';
import { cpomOs16 } from './cpom-os-16.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs16);
const YEARS = [2025, 2026, 2027, 2028, 2029];

describe('CPOM_OS_16', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_16');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('expects at least 50 % in 2025, then 65 %, in every establishment', () => {
    for (const etab of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'ch', beds: 300 }),
      establishment({ category: 'clinic', beds: 60 }),
    ]) {
      const targets = YEARS.map((year) => resolveTargets({ establishment: etab, indicator: fiche, year, history: [] }));
      expect(targets.map((t) => t.map((r) => [r.status, r.comparator, r.value]))).toEqual(
        [50, 65, 65, 65, 65].map((value) => [['resolved', '>=', value]]),
      );
    }
  });

  it('judges the month’s stays with a discharge prescription in the DMP', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const run = (numerator: number) =>
      judge({
        establishment: ch,
        indicator: fiche,
        year: 2026,
        history: [],
        reported: { year: 2026, numerator, denominator: 400 },
      }).judgement;
    expect(run(260)).toBe('met');
    expect(run(259)).toBe('not-met');
  });
});
