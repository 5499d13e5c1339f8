import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomCt6 } from './cpom-ct-6.ts';

const fiche = indicatorDefinitionSchema.parse(cpomCt6);
/** Protocols in place each year, 2024 being the reference. */
const history = [2, 2, 3, 4, 5].map((value, i) => ({ year: 2024 + i, value }));

describe('CPOM_CT_6', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomCt6).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_CT_6');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('starts one new protocol a year from 2026 over 500 beds', () => {
    expect(targetsByYear(fiche, establishment({ category: 'chu', beds: 1100 }), history)).toEqual({
      2025: ['>= 2'],
      2026: ['>= 3'],
      2027: ['>= 4'],
      2028: ['>= 5'],
      2029: ['>= 6'],
    });
  });

  it('starts from 2027 for 100 to 499 beds and from 2028 under 100 beds', () => {
    expect(targetsByYear(fiche, establishment({ category: 'ch', beds: 320 }), history)).toEqual({
      2025: ['>= 2'],
      2026: ['>= 2'],
      2027: ['>= 4'],
      2028: ['>= 5'],
      2029: ['>= 6'],
    });
    expect(targetsByYear(fiche, establishment({ category: 'clinic', beds: 70 }), history)).toEqual({
      2025: ['>= 2'],
      2026: ['>= 2'],
      2027: ['>= 3'],
      2028: ['>= 5'],
      2029: ['>= 6'],
    });
  });

  it('judges a year without expected growth as met when the count holds', () => {
    const ch = establishment({ category: 'ch', beds: 320 });
    const held = judge({
      establishment: ch,
      indicator: fiche,
      year: 2026,
      history,
      reported: { year: 2026, value: 2 },
    });
    const lost = judge({
      establishment: ch,
      indicator: fiche,
      year: 2026,
      history,
      reported: { year: 2026, value: 1 },
    });
    expect([held.judgement, lost.judgement]).toEqual(['met', 'not-met']);
  });
});
