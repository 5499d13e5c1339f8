import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { validateIndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomCt7 } from './cpom-ct-7.ts';

const fiche = indicatorDefinitionSchema.parse(cpomCt7);

describe('CPOM_CT_7', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomCt7).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_CT_7');
    expect(fiche.aliases).toContain('CPOM_CT_07');
    expect(fiche.kind).toMatchObject({ type: 'rate', scale: 1, share: false });
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('asks every establishment for at least 5 meetings per tension period each year', () => {
    for (const profile of [
      establishment({ category: 'chu', beds: 2000 }),
      establishment({ category: 'clinic', beds: 60 }),
    ]) {
      expect(targetsByYear(fiche, profile)).toEqual({
        2025: ['>= 5'],
        2026: ['>= 5'],
        2027: ['>= 5'],
        2028: ['>= 5'],
        2029: ['>= 5'],
      });
    }
  });

  it('judges meetings per tension period from numerator and denominator', () => {
    const ch = establishment({ category: 'ch', beds: 400 });
    const enough = judge({
      establishment: ch,
      indicator: fiche,
      year: 2026,
      history: [],
      reported: { year: 2026, numerator: 11, denominator: 2 },
    });
    const tooFew = judge({
      establishment: ch,
      indicator: fiche,
      year: 2026,
      history: [],
      reported: { year: 2026, numerator: 8, denominator: 2 },
    });
    expect([enough.judgement, tooFew.judgement]).toEqual(['met', 'not-met']);
    expect(enough.explanation).toBe('Cible 2026 : ≥ 5 ; réalisé 5,5 ; atteint');
  });

  it('accepts more meetings than tension periods but not a period-less year', () => {
    const entered = validateIndicatorValue(fiche, { year: 2026, numerator: 11, denominator: 2 });
    expect(entered).toEqual({ ok: true, value: { year: 2026, numerator: 11, denominator: 2, value: 5.5 } });
    expect(validateIndicatorValue(fiche, { year: 2026, value: 6 }).ok).toBe(true);
    const noPeriod = validateIndicatorValue(fiche, { year: 2026, numerator: 3, denominator: 0 });
    expect(noPeriod.ok ? [] : noPeriod.errors.map((e) => e.code)).toEqual(['ZERO_DENOMINATOR']);
  });
});
