import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomCt5 } from './cpom-ct-5.ts';

const fiche = indicatorDefinitionSchema.parse(cpomCt5);
const YES_EVERY_YEAR = { 2025: ['oui'], 2026: ['oui'], 2027: ['oui'], 2028: ['oui'], 2029: ['oui'] };

describe('CPOM_CT_5', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomCt5).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_CT_5');
    expect(fiche.commentMustState).toHaveLength(2);
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('expects a territorial team every year from every establishment', () => {
    for (const profile of [
      establishment({ category: 'chu', beds: 1800 }),
      establishment({ category: 'clinic', beds: 150 }),
      establishment({ category: 'local-hospital', beds: 30 }),
    ]) {
      expect(targetsByYear(fiche, profile)).toEqual(YES_EVERY_YEAR);
    }
  });

  it('judges the yes/no answer', () => {
    const ch = establishment({ category: 'ch', beds: 200 });
    const yes = judge({
      establishment: ch,
      indicator: fiche,
      year: 2026,
      history: [],
      reported: { year: 2026, value: true },
    });
    const no = judge({
      establishment: ch,
      indicator: fiche,
      year: 2026,
      history: [],
      reported: { year: 2026, value: false },
    });
    expect([yes.judgement, no.judgement]).toEqual(['met', 'not-met']);
  });
});
