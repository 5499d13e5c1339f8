import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomOs2 } from './cpom-os-2.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs2);
const history = [
  { year: 2025, components: { actions: 1, thematiques: 1 } },
  { year: 2026, components: { actions: 2, thematiques: 1 } },
  { year: 2027, components: { actions: 2, thematiques: 2 } },
  { year: 2028, components: { actions: 3, thematiques: 2 } },
];

describe('CPOM_OS_2', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomOs2).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_OS_2');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('applies the entry path of establishments not yet engaged, whatever their size', () => {
    for (const profile of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'clinic', beds: 50 }),
    ]) {
      expect(targetsByYear(fiche, profile, history)).toEqual({
        2025: [
          'actions jalon: Réflexion engagée sur des actions de santé environnementale',
          'thematiques sans objet',
          'plan sans objet',
        ],
        2026: ['actions >= 1', 'thematiques >= 1', 'plan sans objet'],
        2027: ['actions >= 2', 'thematiques >= 1', 'plan sans objet'],
        2028: ['actions >= 2', 'thematiques >= 2', 'plan sans objet'],
        2029: ['actions >= 3', 'thematiques >= 2', 'plan sans objet'],
      });
    }
  });

  it('keeps the path of already engaged establishments in the fiche’s table', () => {
    const engaged = fiche.targets.filter((row) => row.scope.label.startsWith('Établissements déjà engagés'));
    const actions = engaged.find((row) => row.component === 'actions');
    const plan = engaged.find((row) => row.component === 'plan');
    expect(actions?.years['2025']).toEqual({ shape: 'threshold', comparator: '>=', value: 2 });
    expect(actions?.years['2026']).toEqual({ shape: 'threshold', comparator: '>=', value: 3 });
    expect(actions?.years['2029']).toEqual({ shape: 'positive-progression' });
    expect(plan?.years['2028']).toEqual({ shape: 'boolean', expected: true });
  });

  it('needs both floors, actions and themes, to be met', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const both = judge({
      establishment: ch,
      indicator: fiche,
      year: 2028,
      history,
      reported: { year: 2028, components: { actions: 2, thematiques: 2 } },
    });
    const oneTheme = judge({
      establishment: ch,
      indicator: fiche,
      year: 2028,
      history,
      reported: { year: 2028, components: { actions: 4, thematiques: 1 } },
    });
    expect(both.judgement).toBe('met');
    expect(oneTheme.judgement).toBe('partly-met');
    expect(oneTheme.components).toEqual({ actions: 'met', thematiques: 'not-met', plan: 'not-applicable' });
  });
});
