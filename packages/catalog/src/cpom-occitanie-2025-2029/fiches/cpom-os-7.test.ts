import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomOs7 } from './cpom-os-7.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs7);

describe('CPOM_OS_7', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomOs7).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_OS_7');
    expect(fiche.proofElements).toHaveLength(5);
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('sets the same yearly steps for every establishment, from commitment to comparative reassessment', () => {
    for (const profile of [
      establishment({ category: 'chu', beds: 1400 }),
      establishment({ category: 'had', beds: 0, places: 40 }),
    ]) {
      expect(targetsByYear(fiche, profile)).toEqual({
        2025: ['jalon: Établissement engagé dans la démarche (projet ou action formalisé)'],
        2026: ['jalon: Au moins une évaluation PROMs ou PREMs réalisée'],
        2027: ['jalon: Résultats analysés, plan d’actions établi et communiqué aux instances de l’établissement'],
        2028: ['jalon: Actions d’amélioration identifiées mises en place'],
        2029: ['jalon: Réévaluation réalisée et résultats analysés de façon comparative'],
      });
    }
  });

  it('judges a step declared in progress as partly met', () => {
    const ch = establishment({ category: 'ch', beds: 220 });
    const result = judge({
      establishment: ch,
      indicator: fiche,
      year: 2026,
      history: [],
      reported: { year: 2026, value: 'in-progress' },
    });
    expect(result.judgement).toBe('partly-met');
  });
});
