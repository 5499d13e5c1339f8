import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import {
  definitionFromFormValues,
  errorTarget,
  ficheChanged,
  formValuesFromDefinition,
  mergeDraft,
  withCell,
} from './fiche-edit-values.ts';

const base = indicatorDefinitionSchema.parse({
  code: 'CPOM_OS_3',
  aliases: ['CPOM_OS_03'],
  title: 'Interventions de promotion de la santé',
  objective: 'Renforcer la santé publique',
  definition: 'Interventions réalisées dans l’année.',
  kind: { type: 'count' },
  unit: 'interventions par an',
  direction: 'higher-is-better',
  dataSources: ['Déclaratif de l’établissement', 'Rapport annuel'],
  measurement: { from: 2025, to: 2029 },
  proofElements: ['Liste des actions'],
  applicability: [{ type: 'ght-member' }],
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Plus de 500 lits' },
      years: {
        '2026': { shape: 'threshold', comparator: '>=', value: 3 },
        '2027': { shape: 'threshold', comparator: '>=', value: 3 },
      },
    },
    { scope: { label: 'Autres' }, years: { '2027': { shape: 'milestone', label: 'Réflexion engagée' } } },
  ],
  sourceNotes: ['Relu sur la fiche.'],
});

describe('definitionFromFormValues', () => {
  it('gives back the stored fiche unchanged when nothing was edited', () => {
    expect(definitionFromFormValues(base, formValuesFromDefinition(base))).toEqual(base);
  });

  it('changes only the edited fields and keeps what the form never shows', () => {
    const values = {
      ...formValuesFromDefinition(base),
      title: '  Nouvel intitulé ',
      proofElements: 'Liste des actions\n\n  Feuilles d’émargement \n',
    };
    const next = definitionFromFormValues(base, values);
    expect(next.title).toBe('Nouvel intitulé');
    expect(next.proofElements).toEqual(['Liste des actions', 'Feuilles d’émargement']);
    expect({ ...next, title: base.title, proofElements: base.proofElements }).toEqual(base);
    expect(next.applicability).toEqual([{ type: 'ght-member' }]);
  });

  it('drops an emptied optional text rather than sending an empty string', () => {
    const withFormula = { ...base, formula: 'Nombre d’interventions' };
    const next = definitionFromFormValues(withFormula, { ...formValuesFromDefinition(withFormula), formula: '  ' });
    expect('formula' in next).toBe(false);
  });

  it('writes an edited target cell into its row and keeps the rows’ scopes', () => {
    const values = formValuesFromDefinition(base);
    values.targets[0] = { ...values.targets[0], '2027': { shape: 'threshold', comparator: '>=', value: 4 } };
    const next = definitionFromFormValues(base, values);
    expect(next.targets[0]?.years['2027']).toEqual({ shape: 'threshold', comparator: '>=', value: 4 });
    expect(next.targets[0]?.scope).toEqual(base.targets[0]?.scope);
    expect(next.targets[1]).toEqual(base.targets[1]);
    expect(indicatorDefinitionSchema.safeParse(next).success).toBe(true);
  });
});

describe('errorTarget', () => {
  it('places a server path on its field, the target table, or nowhere', () => {
    expect(errorTarget('definition.title')).toBe('title');
    expect(errorTarget('definition.dataSources.1')).toBe('dataSources');
    expect(errorTarget('definition.targets.0.years.2027.value')).toBe('targets');
    expect(errorTarget('definition.code')).toBeNull();
    expect(errorTarget('note')).toBeNull();
  });
});

describe('mergeDraft', () => {
  it('lays the user’s own changes over the version saved meanwhile, cell by cell', () => {
    const started = formValuesFromDefinition(base);
    const draft = {
      ...started,
      title: 'Mon intitulé',
      note: 'Avenant n° 1',
      targets: started.targets.map((years) => ({ ...years })),
    };
    draft.targets[0] = { ...draft.targets[0], '2027': { shape: 'threshold', comparator: '>=', value: 5 } };
    const theirs = { ...started, objective: 'Leur objectif', targets: started.targets.map((years) => ({ ...years })) };
    theirs.targets[0] = { ...theirs.targets[0], '2026': { shape: 'threshold', comparator: '>=', value: 9 } };
    const merged = mergeDraft(started, draft, theirs);
    expect(merged.title).toBe('Mon intitulé');
    expect(merged.objective).toBe('Leur objectif');
    expect(merged.note).toBe('Avenant n° 1');
    expect(merged.targets[0]?.['2026']).toEqual({ shape: 'threshold', comparator: '>=', value: 9 });
    expect(merged.targets[0]?.['2027']).toEqual({ shape: 'threshold', comparator: '>=', value: 5 });
  });
});

describe('withCell', () => {
  it('sets or empties one cell and leaves the other rows alone', () => {
    const targets = formValuesFromDefinition(base).targets;
    const raised = withCell(targets, 0, '2027', { shape: 'threshold', comparator: '>=', value: 4 });
    expect(raised[0]?.['2027']).toEqual({ shape: 'threshold', comparator: '>=', value: 4 });
    expect(raised[1]).toBe(targets[1]);
    expect(Object.keys(withCell(targets, 0, '2026', undefined)[0] ?? {})).toEqual(['2027']);
    expect(targets[0]?.['2027']).toEqual({ shape: 'threshold', comparator: '>=', value: 3 });
  });
});

describe('ficheChanged', () => {
  const values = formValuesFromDefinition(base);

  it('sees no change in an untouched form, a note alone, or a text typed back with spaces', () => {
    expect(ficheChanged(base, values)).toBe(false);
    expect(ficheChanged(base, { ...values, note: 'Avenant n° 1' })).toBe(false);
    expect(ficheChanged(base, { ...values, title: ` ${base.title} ` })).toBe(false);
  });

  it('sees a cell rebuilt with the same rule as no change, and a new value as one', () => {
    const same = withCell(values.targets, 0, '2026', { value: 3, comparator: '>=', shape: 'threshold' });
    expect(ficheChanged(base, { ...values, targets: same })).toBe(false);
    const raised = withCell(values.targets, 0, '2026', { shape: 'threshold', comparator: '>=', value: 4 });
    expect(ficheChanged(base, { ...values, targets: raised })).toBe(true);
    expect(ficheChanged(base, { ...values, unit: 'actions par an' })).toBe(true);
  });
});
