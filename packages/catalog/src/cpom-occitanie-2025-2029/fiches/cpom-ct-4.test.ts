import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomCt4 } from './cpom-ct-4.ts';

const fiche = indicatorDefinitionSchema.parse(cpomCt4);
/** Partnerships in force each year, 2024 being the reference. */
const history = [10, 16, 20, 25, 30].map((value, i) => ({ year: 2024 + i, value }));

describe('CPOM_CT_4', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomCt4).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_CT_4');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('adds 5 partnerships a year over the previous year for establishments over 500 beds', () => {
    expect(targetsByYear(fiche, establishment({ category: 'chu', beds: 900 }), history)).toEqual({
      2025: ['>= 15'],
      2026: ['>= 21'],
      2027: ['>= 25'],
      2028: ['>= 30'],
      2029: ['>= 35'],
    });
  });

  it('adds 2 a year for 100 to 499 beds and 1 a year under 100 beds', () => {
    expect(targetsByYear(fiche, establishment({ category: 'espic', beds: 250 }), history)).toEqual({
      2025: ['>= 12'],
      2026: ['>= 18'],
      2027: ['>= 22'],
      2028: ['>= 27'],
      2029: ['>= 32'],
    });
    expect(targetsByYear(fiche, establishment({ category: 'smr', beds: 40 }), history)).toEqual({
      2025: ['>= 11'],
      2026: ['>= 17'],
      2027: ['>= 21'],
      2028: ['>= 26'],
      2029: ['>= 31'],
    });
  });

  it('waits for the 2024 reference before resolving 2025', () => {
    expect(targetsByYear(fiche, establishment({ category: 'ch', beds: 300 }))[2025]).toEqual([
      'en attente: valeur 2024',
    ]);
  });

  it('judges a partial gain as partly met', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const result = judge({
      establishment: ch,
      indicator: fiche,
      year: 2025,
      history: [{ year: 2024, value: 4 }],
      reported: { year: 2025, value: 5 },
    });
    expect(result.judgement).toBe('partly-met');
  });
});
