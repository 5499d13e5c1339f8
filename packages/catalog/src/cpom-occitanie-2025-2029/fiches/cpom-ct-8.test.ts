import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomCt8 } from './cpom-ct-8.ts';

const fiche = indicatorDefinitionSchema.parse(cpomCt8);

describe('CPOM_CT_8', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomCt8).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_CT_8');
    expect(fiche.aliases).toContain('CPOM_CT_08');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('grows the filières organised in common from the PMSP diagnosis to 5 in 2029', () => {
    for (const profile of [
      establishment({ category: 'chu', beds: 1600 }),
      establishment({ category: 'ch', beds: 120 }),
    ]) {
      expect(targetsByYear(fiche, profile)).toEqual({
        2025: ['jalon: Diagnostic et concertation entre professionnels ; PMSP en cours d’élaboration et de validation'],
        2026: ['>= 2'],
        2027: ['>= 3'],
        2028: ['>= 4'],
        2029: ['>= 5'],
      });
    }
  });

  it('only applies to GHT members', () => {
    const clinic = establishment({ category: 'clinic', beds: 300 });
    const result = judge({
      establishment: clinic,
      indicator: fiche,
      year: 2027,
      history: [],
      reported: { year: 2027, value: 3 },
    });
    expect(result.judgement).toBe('not-applicable');
  });

  it('counts the filières in force, not the new ones', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const history = [{ year: 2026, value: 2 }];
    const kept = judge({
      establishment: ch,
      indicator: fiche,
      year: 2027,
      history,
      reported: { year: 2027, value: 3 },
    });
    const missing = judge({
      establishment: ch,
      indicator: fiche,
      year: 2027,
      history,
      reported: { year: 2027, value: 1 },
    });
    expect([kept.judgement, missing.judgement]).toEqual(['met', 'not-met']);
  });
});
