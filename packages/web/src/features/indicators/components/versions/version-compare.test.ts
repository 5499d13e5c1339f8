import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { compareDefinitions } from './version-compare.ts';

const first = indicatorDefinitionSchema.parse({
  code: 'CPOM_OS_3',
  title: 'Interventions de promotion de la santé',
  objective: 'Renforcer la santé publique',
  definition: 'Interventions réalisées dans l’année.',
  kind: { type: 'count' },
  unit: 'interventions par an',
  direction: 'higher-is-better',
  dataSources: ['Déclaratif'],
  measurement: { from: 2025, to: 2027 },
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Plus de 500 lits' },
      years: {
        '2026': { shape: 'threshold', comparator: '>=', value: 3 },
        '2027': { shape: 'threshold', comparator: '>=', value: 3 },
      },
    },
  ],
});

describe('compareDefinitions', () => {
  it('finds no difference between a fiche and itself', () => {
    expect(compareDefinitions(first, structuredClone(first))).toEqual([]);
  });

  it('lists the changed fields, then the changed target cells in French', () => {
    const second = structuredClone(first);
    second.title = 'Nouvel intitulé';
    second.proofElements = ['Liste des actions'];
    second.targets[0]!.years['2027'] = { shape: 'threshold', comparator: '>=', value: 4 };
    expect(compareDefinitions(first, second)).toEqual([
      { type: 'field', field: 'title', before: first.title, after: 'Nouvel intitulé' },
      { type: 'field', field: 'proofElements', before: [], after: ['Liste des actions'] },
      { type: 'target', scope: 'Plus de 500 lits', component: null, year: 2027, before: '≥ 3', after: '≥ 4' },
    ]);
  });

  it('shows a cell that appears or disappears, and a row change that leaves every cell’s text alone', () => {
    const second = structuredClone(first);
    second.targets[0]!.years['2025'] = { shape: 'not-applicable' };
    expect(compareDefinitions(first, second)).toEqual([
      { type: 'target', scope: 'Plus de 500 lits', component: null, year: 2025, before: null, after: 'Sans objet' },
    ]);
    const third = structuredClone(first);
    third.targets[0]!.scope.tiers = ['100-499'];
    expect(
      compareDefinitions(first, third).map((difference) => difference.type === 'field' && difference.field),
    ).toEqual(['targets']);
  });
});
