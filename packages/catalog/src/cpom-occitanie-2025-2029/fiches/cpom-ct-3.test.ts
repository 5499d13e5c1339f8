import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomCt3 } from './cpom-ct-3.ts';

const fiche = indicatorDefinitionSchema.parse(cpomCt3);

describe('CPOM_CT_3', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomCt3).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_CT_3');
    expect(fiche.kind.type).toBe('milestone');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('walks GHT members from the inventory to at least one function run in common in 2028', () => {
    for (const profile of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'ch', beds: 90 }),
    ]) {
      const years = targetsByYear(fiche, profile);
      expect(Object.values(years).map((targets) => targets.length)).toEqual([1, 1, 1, 1, 1]);
      expect(years[2025]?.[0]).toMatch(/^jalon: État des lieux/);
      expect(years[2026]?.[0]).toMatch(/^jalon: État des lieux poursuivi/);
      expect(years[2027]?.[0]).toMatch(/^jalon: Plan d’organisation commune .* finalisé/);
      expect(years[2028]).toEqual(['jalon: Au moins une fonction effectivement organisée en commun dans le GHT']);
      expect(years[2029]?.[0]).toMatch(/^jalon: Mise en œuvre poursuivie/);
    }
  });

  it('does not apply outside GHT membership', () => {
    const clinic = establishment({ category: 'clinic', beds: 150 });
    const partner = establishment({ category: 'ch', beds: 150, ghtMember: false });
    for (const profile of [clinic, partner]) {
      const result = judge({
        establishment: profile,
        indicator: fiche,
        year: 2027,
        history: [],
        reported: { year: 2027, value: 'reached' },
      });
      expect(result.judgement).toBe('not-applicable');
    }
  });

  it('judges the declared milestone: reached, in progress, not started', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const judged = (['reached', 'in-progress', 'not-started'] as const).map(
      (value) =>
        judge({ establishment: ch, indicator: fiche, year: 2028, history: [], reported: { year: 2028, value } })
          .judgement,
    );
    expect(judged).toEqual(['met', 'partly-met', 'not-met']);
  });
});
