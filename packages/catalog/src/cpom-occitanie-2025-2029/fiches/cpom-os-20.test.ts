import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import { establishment } from '../test-establishments.ts';
import { cpomOs20 } from './cpom-os-20.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs20);
const YEARS = [2025, 2026, 2027, 2028, 2029];

describe('CPOM_OS_20', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_20');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('expects 1, 2, 3, 3 and 3 actions a year (12 over the period) from every establishment', () => {
    for (const etab of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'ch', beds: 300 }),
      establishment({ category: 'clinic', beds: 60 }),
    ]) {
      const targets = YEARS.map((year) => resolveTargets({ establishment: etab, indicator: fiche, year, history: [] }));
      expect(targets.map((t) => t.map((r) => [r.comparator, r.value]))).toEqual(
        [1, 2, 3, 3, 3].map((value) => [['>=', value]]),
      );
    }
  });

  it('keeps the engaged establishments’ row of the table: 2, then 4 actions a year (18 over the period)', () => {
    const engagedRow = fiche.targets[1];
    expect(engagedRow?.scope.label).toBe('Établissements déjà engagés dans des actions de communication');
    expect(YEARS.map((year) => engagedRow?.years[String(year)])).toEqual(
      [2, 4, 4, 4, 4].map((value) => ({ shape: 'threshold', comparator: '>=', value })),
    );
  });

  it('applies the engaged row’s rule to an establishment through a negotiated override', () => {
    const engaged = establishment({ category: 'ch', beds: 300 });
    const override = fiche.targets[1]?.years['2026'];
    expect(
      resolveTargets({ establishment: engaged, indicator: fiche, year: 2026, history: [], override }),
    ).toMatchObject([{ status: 'resolved', comparator: '>=', value: 4 }]);
    const result = judge({
      establishment: engaged,
      indicator: fiche,
      year: 2026,
      history: [],
      override,
      reported: { year: 2026, value: 3 },
    });
    expect(result.judgement).toBe('not-met');
  });
});
