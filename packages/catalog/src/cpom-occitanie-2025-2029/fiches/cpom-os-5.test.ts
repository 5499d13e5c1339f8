import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomOs5 } from './cpom-os-5.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs5);

describe('CPOM_OS_5', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomOs5).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_OS_5');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('applies the entry path of establishments not yet engaged, whatever their size', () => {
    for (const profile of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'smr', beds: 45 }),
    ]) {
      expect(targetsByYear(fiche, profile)).toEqual({
        2025: [
          'actions-structurees jalon: Réflexion engagée sur la réduction de l’empreinte des produits',
          'actions-complementaires sans objet',
          'politique sans objet',
        ],
        2026: ['actions-structurees >= 1', 'actions-complementaires sans objet', 'politique sans objet'],
        2027: ['actions-structurees >= 1', 'actions-complementaires sans objet', 'politique sans objet'],
        2028: ['actions-structurees >= 1', 'actions-complementaires >= 2', 'politique sans objet'],
        2029: ['actions-structurees >= 1', 'actions-complementaires >= 2', 'politique sans objet'],
      });
    }
  });

  it('keeps the path of already engaged establishments in the fiche’s table: 1 structured and 4 complementary actions, then a policy', () => {
    const engaged = fiche.targets.filter((row) => row.scope.label.startsWith('Établissements déjà engagés'));
    const rule = (component: string, year: string) => engaged.find((row) => row.component === component)?.years[year];
    expect(rule('actions-structurees', '2025')).toEqual({ shape: 'threshold', comparator: '>=', value: 1 });
    expect(rule('actions-complementaires', '2026')).toEqual({ shape: 'threshold', comparator: '>=', value: 2 });
    expect(rule('actions-complementaires', '2027')).toEqual({ shape: 'threshold', comparator: '>=', value: 4 });
    expect(rule('politique', '2028')).toEqual({ shape: 'boolean', expected: true });
  });

  it('judges 2028 on both structured and complementary actions', () => {
    const ch = establishment({ category: 'ch', beds: 250 });
    const reported = { year: 2028, components: { 'actions-structurees': 1, 'actions-complementaires': 1 } };
    const result = judge({ establishment: ch, indicator: fiche, year: 2028, history: [], reported });
    expect(result.judgement).toBe('partly-met');
    expect(result.components).toEqual({
      'actions-structurees': 'met',
      'actions-complementaires': 'not-met',
      politique: 'not-applicable',
    });
  });
});
