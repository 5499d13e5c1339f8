import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { placeFicheErrors } from './fiche-edit-errors.ts';

const base = indicatorDefinitionSchema.parse({
  code: 'CPOM_OS_3',
  title: 'Interventions',
  objective: 'Santé publique',
  definition: 'Interventions de l’année.',
  kind: { type: 'count' },
  unit: 'interventions',
  direction: 'higher-is-better',
  dataSources: ['Déclaratif'],
  measurement: { from: 2025, to: 2029 },
  targets: [
    { scope: { label: 'Plus de 500 lits' }, years: { '2027': { shape: 'threshold', comparator: '>=', value: 3 } } },
  ],
});

describe('placeFicheErrors', () => {
  it('puts each server error under its field, target errors above the table naming the cell, the rest aside', () => {
    const placed: Record<string, string> = {};
    const unplaced = placeFicheErrors(
      [
        { path: 'definition.title', code: 'TOO_SMALL', message: 'Intitulé obligatoire' },
        { path: 'definition.dataSources.0', code: 'TOO_SMALL', message: 'Source vide' },
        { path: 'definition.targets.0.years.2027.value', code: 'INVALID_TYPE', message: 'Nombre attendu' },
        { path: 'definition.targets.0.scope', code: 'INVALID_TYPE', message: 'Périmètre invalide' },
        { path: 'definition.code', code: 'CODE_MISMATCH', message: 'Le code d’une fiche ne change pas' },
        { path: 'note', code: 'TOO_BIG', message: 'Note trop longue' },
      ],
      base,
      (error) => error.message,
      (field, message) => {
        placed[field] = message;
      },
    );
    expect(placed).toEqual({
      title: 'Intitulé obligatoire',
      dataSources: 'Source vide',
      targets: 'Plus de 500 lits, 2027 : Nombre attendu\nPlus de 500 lits : Périmètre invalide',
      note: 'Note trop longue',
    });
    expect(unplaced).toEqual(['Le code d’une fiche ne change pas']);
  });
});
