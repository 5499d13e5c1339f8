import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { entryShape, liveRate, numberOf, rateOutOfRange } from './value-entry-shape.ts';
import { formFieldOf, formValuesFrom, formValuesToBody, placeValueErrors } from './value-form-values.ts';
import { valueFormValidate } from './value-form-validate.ts';

const t = ((key: string) => key) as unknown as TFunction;

function fiche(
  kind: unknown,
  years: Record<string, unknown> = { '2026': { shape: 'threshold', comparator: '>=', value: 10 } },
  unit = 'nombre',
): IndicatorDefinition {
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
    const values = {
      ...formValuesFrom(shape, null),
      numerator: '31',
      denominator: '250',
      comment: '  Qualité de l’air  ',
    };
    expect(formValuesToBody(shape, values)).toEqual({ numerator: 31, denominator: 250, comment: 'Qualité de l’air' });
    expect(liveRate(shape, values.numerator, values.denominator)).toBeCloseTo(12.4);
    expect(liveRate(shape, '3', '0')).toBeNull();
  });

  it('reads a stored rate back into its fields', () => {
    const shape = entryShape(rate, 2026);
    const values = formValuesFrom(shape, { year: 2026, numerator: 31, denominator: 250, value: 12.4, comment: 'Air' });
    expect(values).toMatchObject({ numerator: '31', denominator: '250', comment: 'Air', count: '' });
  });

  it('round-trips a count, a yes/no, a date and a milestone status', () => {
    const count = entryShape(fiche({ type: 'count' }), 2026);
    expect(formValuesToBody(count, formValuesFrom(count, { year: 2026, value: 762 }))).toEqual({ value: 762 });
    const yes = entryShape(fiche({ type: 'boolean' }), 2026);
    expect(formValuesToBody(yes, formValuesFrom(yes, { year: 2026, value: false }))).toEqual({ value: false });
    const date = entryShape(fiche({ type: 'date' }), 2026);
    expect(formValuesToBody(date, formValuesFrom(date, { year: 2026, value: '2026-03-31' }))).toEqual({
      value: '2026-03-31',
    });
    const milestone = entryShape(
      fiche({ type: 'milestone' }, { '2026': { shape: 'milestone', label: 'État des lieux' } }),
      2026,
    );
    const status = formValuesFrom(milestone, { year: 2026, value: 'in-progress' });
    expect(status.status).toBe('in-progress');
    expect(formValuesToBody(milestone, status)).toEqual({ value: 'in-progress' });
  });

  it('sends each component by its value type and leaves out those left empty', () => {
    const shape = entryShape(components, 2026);
    const values = formValuesFrom(shape, { year: 2026, components: { mammographies: 740, 'plan-blanc': true } });
    expect(values.components).toEqual({ mammographies: '740', 'plan-blanc': 'yes', part: '' });
    expect(formValuesToBody(shape, { ...values, components: { ...values.components, part: '12,5' } })).toEqual({
      components: { mammographies: 740, 'plan-blanc': true, part: 12.5 },
    });
  });

  it('asks for the chosen target where the year lets the establishment choose it, and the milestone of a count', () => {
    const chosen = entryShape(
      fiche(
        { type: 'rate', numerator: 'N', denominator: 'D' },
        { '2026': { shape: 'chosen-within-floor', floor: 5 } },
        '%',
      ),
      2026,
    );
    expect(chosen.floors).toEqual([{ comparator: '>=', floor: 5 }]);
    const values = { ...formValuesFrom(chosen, null), numerator: '1', denominator: '10', chosenTarget: '7,5' };
    expect(formValuesToBody(chosen, values)).toEqual({ numerator: 1, denominator: 10, chosenTarget: 7.5 });
    const rateIn2025 = entryShape(rate, 2025);
    expect(formValuesToBody(rateIn2025, { ...values })).not.toHaveProperty('chosenTarget');
    const count = entryShape(
      fiche({ type: 'count' }, { '2026': { shape: 'milestone', label: 'Réflexion engagée' } }),
      2026,
    );
    expect(formValuesToBody(count, { ...formValuesFrom(count, null), milestoneReached: 'yes' })).toEqual({
      milestoneReached: true,
    });
    expect(formValuesFrom(count, { year: 2026, value: 'reached' }).milestoneReached).toBe('yes');
    expect(formValuesFrom(count, { year: 2026, value: 'in-progress' }).milestoneReached).toBe('');
    expect(formValuesFrom(count, { year: 2026, value: 4, milestoneReached: false }).milestoneReached).toBe('no');
  });
});

describe('required fields', () => {
  it('names every empty field the kind needs', () => {
    const shape = entryShape(rate, 2026);
    expect(Object.keys(valueFormValidate(t, shape)(formValuesFrom(shape, null)))).toEqual(['numerator', 'denominator']);
    expect(valueFormValidate(t, shape)({ ...formValuesFrom(shape, null), numerator: '0', denominator: '0' })).toEqual(
      {},
    );
    const date = entryShape(fiche({ type: 'date' }), 2026);
    expect(valueFormValidate(t, date)({ ...formValuesFrom(date, null), date: '31/03/2026' })).toHaveProperty('date');
    const parts = entryShape(components, 2026);
    expect(valueFormValidate(t, parts)(formValuesFrom(parts, null))).toHaveProperty(['components.mammographies']);
  });

  it('lets the figures wait in a milestone year, but not the milestone', () => {
    const count = entryShape(
      fiche({ type: 'count' }, { '2026': { shape: 'milestone', label: 'Réflexion engagée' } }),
      2026,
    );
    expect(Object.keys(valueFormValidate(t, count)(formValuesFrom(count, null)))).toEqual(['milestoneReached']);
  });

  it('reads numbers typed with a French comma', () => {
    expect(numberOf('12,5')).toBe(12.5);
    expect(numberOf('')).toBeUndefined();
    expect(numberOf('abc')).toBeUndefined();
  });
});

describe('numbers as typed', () => {
  const count = entryShape(fiche({ type: 'count' }), 2026);
  const chosen = entryShape(
    fiche(
      { type: 'rate', numerator: 'N', denominator: 'D' },
      { '2026': { shape: 'chosen-within-floor', floor: 2 } },
      '%',
    ),
    2026,
  );

  it('saves what was typed: a French decimal comma, spaces between thousands', () => {
    const values = {
      ...formValuesFrom(chosen, null),
      numerator: '1\u202f234',
      denominator: '2 000',
      chosenTarget: '2,5',
    };
    expect(formValuesToBody(chosen, values)).toEqual({ numerator: 1234, denominator: 2000, chosenTarget: 2.5 });
    expect(formValuesToBody(chosen, { ...values, chosenTarget: '4,5' }).chosenTarget).toBe(4.5);
  });

  it('shows a stored value again exactly, decimals and all', () => {
    expect(formValuesFrom(chosen, { year: 2026, numerator: 3, denominator: 40, chosenTarget: 2.5 }).chosenTarget).toBe(
      '2,5',
    );
    const again = formValuesFrom(chosen, { year: 2026, numerator: 3, denominator: 40, chosenTarget: 2.125 });
    expect(formValuesToBody(chosen, again)).toMatchObject({ chosenTarget: 2.125 });
  });

  it.each([
    ['2,5,1', 'Un nombre n’a qu’une virgule décimale.'],
    ['-3', 'Cette valeur ne peut pas être négative.'],
    ['12 3456', 'Groupez les milliers par trois chiffres, avant la virgule (1 234,5).'],
    ['douze', 'Saisissez un nombre : des chiffres, une virgule pour les décimales.'],
    ['2,', 'Nombre incomplet : il manque des chiffres autour de la virgule ou du signe.'],
  ])('refuses %j under its field, rather than saving something else', (typed, message) => {
    expect(valueFormValidate(t, count)({ ...formValuesFrom(count, null), count: typed })).toEqual({ count: message });
    expect(formValuesToBody(count, { ...formValuesFrom(count, null), count: typed })).toEqual({});
  });

  it('refuses an unreadable figure even where figures may wait (a milestone year)', () => {
    const milestone = entryShape(
      fiche({ type: 'count' }, { '2026': { shape: 'milestone', label: 'Réflexion engagée' } }),
      2026,
    );
    const errors = valueFormValidate(
      t,
      milestone,
    )({ ...formValuesFrom(milestone, null), milestoneReached: 'yes', count: '1,2,3' });
    expect(errors).toEqual({ count: 'Un nombre n’a qu’une virgule décimale.' });
    const parts = entryShape(components, 2026);
    const partErrors = valueFormValidate(
      t,
      parts,
    )({ ...formValuesFrom(parts, null), components: { mammographies: '7', 'plan-blanc': '', part: '-1' } });
    expect(partErrors).toEqual({ 'components.part': 'Cette valeur ne peut pas être négative.' });
  });

  it('warns of a live rate above its scale, not of a ratio that may exceed it', () => {
    const shape = entryShape(rate, 2026);
    expect(rateOutOfRange(shape, liveRate(shape, '250', '120'))).toBe(true);
    expect(rateOutOfRange(shape, liveRate(shape, '120', '120'))).toBe(false);
    const ratio = entryShape(
      fiche({ type: 'rate', numerator: 'Réunions', denominator: 'Périodes', scale: 1, share: false }),
      2026,
    );
    expect(rateOutOfRange(ratio, liveRate(ratio, '11', '2'))).toBe(false);
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
    expect(placed.others).toEqual([
      '[RATE_MISMATCH] Le taux saisi ne correspond pas au calcul',
      '[YEAR_OUT_OF_PERIOD] Année hors période',
    ]);
  });
});
