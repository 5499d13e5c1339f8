import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { entryShape, liveRate, numberOf } from './value-entry-shape.ts';
import { formFieldOf, formValuesFrom, formValuesToBody, placeValueErrors } from './value-form-values.ts';
import { valueFormValidate } from './value-form-validate.ts';

const t = ((key: string) => key) as unknown as TFunction;

function fiche(kind: unknown, years: Record<string, unknown> = { '2026': { shape: 'threshold', comparator: '>=', value: 10 } }, unit = 'nombre'): IndicatorDefinition {
  return indicatorDefinitionSchema.parse({
    code: 'CPOM_OS_99',
    title: 'Indicateur d’essai',
    objective: 'Essayer',
    definition: 'Un indicateur pour les tests.',
    kind,
    unit,
    direction: 'higher-is-better',
    dataSources: ['Déclaratif'],
    measurement: { from: 2025, to: 2029 },
    targets: [{ scope: { label: 'Tous' }, years }],
  });
}

const rate = fiche({ type: 'rate', numerator: 'Formés', denominator: 'Effectif' }, undefined, '%');
const components = fiche({
  type: 'components',
  components: [
    { key: 'mammographies', label: 'Mammographies' },
    { key: 'plan-blanc', label: 'Plan blanc', valueType: 'boolean' },
    { key: 'part', label: 'Part', valueType: 'rate' },
  ],
});

describe('form values ↔ value body', () => {
  it('sends a rate as numerator and denominator, the server deriving the rate', () => {
    const shape = entryShape(rate, 2026);
    const values = { ...formValuesFrom(shape, null), numerator: 31, denominator: '250', comment: '  Qualité de l’air  ' };
    expect(formValuesToBody(shape, values)).toEqual({ numerator: 31, denominator: 250, comment: 'Qualité de l’air' });
    expect(liveRate(shape, values.numerator, values.denominator)).toBeCloseTo(12.4);
    expect(liveRate(shape, 3, 0)).toBeNull();
  });

  it('reads a stored rate back into its fields', () => {
    const shape = entryShape(rate, 2026);
    const values = formValuesFrom(shape, { year: 2026, numerator: 31, denominator: 250, value: 12.4, comment: 'Air' });
    expect(values).toMatchObject({ numerator: 31, denominator: 250, comment: 'Air', count: '' });
  });

  it('round-trips a count, a yes/no, a date and a milestone status', () => {
    const count = entryShape(fiche({ type: 'count' }), 2026);
    expect(formValuesToBody(count, formValuesFrom(count, { year: 2026, value: 762 }))).toEqual({ value: 762 });
    const yes = entryShape(fiche({ type: 'boolean' }), 2026);
    expect(formValuesToBody(yes, formValuesFrom(yes, { year: 2026, value: false }))).toEqual({ value: false });
    const date = entryShape(fiche({ type: 'date' }), 2026);
    expect(formValuesToBody(date, formValuesFrom(date, { year: 2026, value: '2026-03-31' }))).toEqual({ value: '2026-03-31' });
    const milestone = entryShape(fiche({ type: 'milestone' }, { '2026': { shape: 'milestone', label: 'État des lieux' } }), 2026);
    const status = formValuesFrom(milestone, { year: 2026, value: 'in-progress' });
    expect(status.status).toBe('in-progress');
    expect(formValuesToBody(milestone, status)).toEqual({ value: 'in-progress' });
  });

  it('sends each component by its value type and leaves out those left empty', () => {
    const shape = entryShape(components, 2026);
    const values = formValuesFrom(shape, { year: 2026, components: { mammographies: 740, 'plan-blanc': true } });
    expect(values.components).toEqual({ mammographies: 740, 'plan-blanc': 'yes', part: '' });
    expect(formValuesToBody(shape, { ...values, components: { ...values.components, part: '12,5' } })).toEqual({
      components: { mammographies: 740, 'plan-blanc': true, part: 12.5 },
    });
  });

  it('asks for the chosen target where the year lets the establishment choose it, and the milestone of a count', () => {
    const chosen = entryShape(fiche({ type: 'rate', numerator: 'N', denominator: 'D' }, { '2026': { shape: 'chosen-within-floor', floor: 5 } }, '%'), 2026);
    expect(chosen.floors).toEqual([{ comparator: '>=', floor: 5 }]);
    const values = { ...formValuesFrom(chosen, null), numerator: 1, denominator: 10, chosenTarget: 7.5 };
    expect(formValuesToBody(chosen, values)).toEqual({ numerator: 1, denominator: 10, chosenTarget: 7.5 });
    const rateIn2025 = entryShape(rate, 2025);
    expect(formValuesToBody(rateIn2025, { ...values })).not.toHaveProperty('chosenTarget');
    const count = entryShape(fiche({ type: 'count' }, { '2026': { shape: 'milestone', label: 'Réflexion engagée' } }), 2026);
    expect(formValuesToBody(count, { ...formValuesFrom(count, null), milestoneReached: 'yes' })).toEqual({ milestoneReached: true });
    expect(formValuesFrom(count, { year: 2026, value: 'reached' }).milestoneReached).toBe('yes');
    expect(formValuesFrom(count, { year: 2026, value: 'in-progress' }).milestoneReached).toBe('');
    expect(formValuesFrom(count, { year: 2026, value: 4, milestoneReached: false }).milestoneReached).toBe('no');
  });
});

describe('required fields', () => {
  it('names every empty field the kind needs', () => {
    const shape = entryShape(rate, 2026);
    expect(Object.keys(valueFormValidate(t, shape)(formValuesFrom(shape, null)))).toEqual(['numerator', 'denominator']);
    expect(valueFormValidate(t, shape)({ ...formValuesFrom(shape, null), numerator: 0, denominator: 0 })).toEqual({});
    const date = entryShape(fiche({ type: 'date' }), 2026);
    expect(valueFormValidate(t, date)({ ...formValuesFrom(date, null), date: '31/03/2026' })).toHaveProperty('date');
    const parts = entryShape(components, 2026);
    expect(valueFormValidate(t, parts)(formValuesFrom(parts, null))).toHaveProperty(['components.mammographies']);
  });

  it('lets the figures wait in a milestone year, but not the milestone', () => {
    const count = entryShape(fiche({ type: 'count' }, { '2026': { shape: 'milestone', label: 'Réflexion engagée' } }), 2026);
    expect(Object.keys(valueFormValidate(t, count)(formValuesFrom(count, null)))).toEqual(['milestoneReached']);
  });

  it('reads numbers typed with a French comma', () => {
    expect(numberOf('12,5')).toBe(12.5);
    expect(numberOf('')).toBeUndefined();
    expect(numberOf('abc')).toBeUndefined();
  });
});

describe('server error paths → form fields', () => {
  it('puts each error under its field, and in the alert when no field shows it', () => {
    const shape = entryShape(rate, 2026);
    expect(formFieldOf(shape, 'denominator')).toBe('denominator');
    expect(formFieldOf(shape, 'numerator')).toBe('numerator');
    expect(formFieldOf(shape, 'value')).toBeNull();
    expect(formFieldOf(shape, 'year')).toBeNull();
    expect(formFieldOf(shape, 'chosenTarget')).toBeNull();
    expect(formFieldOf(shape, 'comment')).toBe('comment');
    const parts = entryShape(components, 2026);
    expect(formFieldOf(parts, 'components.mammographies')).toBe('components.mammographies');
    expect(formFieldOf(parts, 'components.inconnue')).toBeNull();
    expect(formFieldOf(parts, 'numerator')).toBeNull();
    expect(formFieldOf(entryShape(fiche({ type: 'count' }), 2026), 'value')).toBe('count');
    expect(formFieldOf(entryShape(fiche({ type: 'boolean' }), 2026), 'value')).toBe('answer');
    expect(formFieldOf(entryShape(fiche({ type: 'milestone' }), 2026), 'milestoneReached')).toBe('status');
  });

  it('keeps the messages no field shows for the alert, in the server’s order', () => {
    const shape = entryShape(rate, 2026);
    const placed = placeValueErrors(
      shape,
      [
        { path: 'denominator', code: 'ZERO_DENOMINATOR', message: 'Le dénominateur ne peut pas être nul' },
        { path: 'value', code: 'RATE_MISMATCH', message: 'Le taux saisi ne correspond pas au calcul' },
        { path: 'year', code: 'YEAR_OUT_OF_PERIOD', message: 'Année hors période' },
      ],
      (error) => `[${error.code}] ${error.message}`,
    );
    expect(placed.fields).toEqual({ denominator: '[ZERO_DENOMINATOR] Le dénominateur ne peut pas être nul' });
    expect(placed.others).toEqual(['[RATE_MISMATCH] Le taux saisi ne correspond pas au calcul', '[YEAR_OUT_OF_PERIOD] Année hors période']);
  });
});
