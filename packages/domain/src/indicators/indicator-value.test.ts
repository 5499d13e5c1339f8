import { describe, expect, it } from 'vitest';
import { validateIndicatorValue, type IndicatorValueValidation } from './indicator-value.ts';
import { buildCountIndicator, buildIndicator, buildRateIndicator, everyYear } from './test-builders.ts';

const rate = buildRateIndicator({ '2025': { shape: 'threshold', comparator: '>=', value: 10 } });
const count = buildIndicator();
const yesNo = buildIndicator({
  kind: { type: 'boolean' },
  targets: [{ scope: { label: 'Tous' }, years: everyYear({ shape: 'boolean' }) }],
});
const milestone = buildIndicator({
  kind: { type: 'milestone' },
  targets: [{ scope: { label: 'Tous' }, years: everyYear({ shape: 'milestone', label: 'État des lieux réalisé' }) }],
});
const dated = buildIndicator({ kind: { type: 'date' } });
const components = buildIndicator({
  kind: {
    type: 'components',
    components: [
      { key: 'mammographies', label: 'Mammographies' },
      { key: 'plan-signed', label: 'Plan signé', valueType: 'boolean' },
      { key: 'coverage', label: 'Couverture', valueType: 'rate' },
    ],
  },
});

function codes(result: IndicatorValueValidation): string[] {
  return result.ok ? [] : result.errors.map((e) => e.code);
}

function paths(result: IndicatorValueValidation): string[][] {
  return result.ok ? [] : result.errors.map((e) => e.path);
}

describe('validateIndicatorValue: rates', () => {
  it('derives the rate from numerator and denominator', () => {
    const result = validateIndicatorValue(rate, { year: 2025, numerator: 124, denominator: 1000 });
    expect(result).toEqual({ ok: true, value: { year: 2025, numerator: 124, denominator: 1000, value: 12.4 } });
  });

  it('accepts a typed rate without numerator and denominator', () => {
    expect(validateIndicatorValue(rate, { year: 2025, value: 55.5 }).ok).toBe(true);
  });

  it('refuses text for a rate, with a French message', () => {
    const result = validateIndicatorValue(rate, { year: 2025, value: '12,4' });
    expect(codes(result)).toEqual(['TEXT_NOT_NUMBER']);
    expect(paths(result)).toEqual([['value']]);
    expect(result.ok ? '' : result.errors[0]?.message).toContain('pas du texte');
  });

  it('refuses a rate outside 0-100 %', () => {
    expect(codes(validateIndicatorValue(rate, { year: 2025, value: 100.1 }))).toEqual(['RATE_OUT_OF_RANGE']);
    expect(codes(validateIndicatorValue(rate, { year: 2025, value: -1 }))).toEqual(['RATE_OUT_OF_RANGE']);
    expect(validateIndicatorValue(rate, { year: 2025, value: 100 }).ok).toBe(true);
  });

  it('refuses a zero denominator', () => {
    const result = validateIndicatorValue(rate, { year: 2025, numerator: 0, denominator: 0 });
    expect(codes(result)).toEqual(['ZERO_DENOMINATOR']);
    expect(paths(result)).toEqual([['denominator']]);
  });

  it('refuses a numerator above its denominator', () => {
    expect(codes(validateIndicatorValue(rate, { year: 2025, numerator: 11, denominator: 10 }))).toEqual([
      'NUMERATOR_ABOVE_DENOMINATOR',
    ]);
  });

  it('refuses a numerator without denominator', () => {
    expect(codes(validateIndicatorValue(rate, { year: 2025, numerator: 3 }))).toEqual(['INCOMPLETE_RATE']);
  });

  it('refuses negative or fractional counts in the fraction', () => {
    expect(codes(validateIndicatorValue(rate, { year: 2025, numerator: -1, denominator: 10 }))).toContain(
      'NEGATIVE_COUNT',
    );
    expect(codes(validateIndicatorValue(rate, { year: 2025, numerator: 1.5, denominator: 10 }))).toContain(
      'NOT_INTEGER',
    );
  });

  it('refuses a typed rate that contradicts its fraction, tolerating rounding', () => {
    expect(codes(validateIndicatorValue(rate, { year: 2025, value: 20, numerator: 1, denominator: 10 }))).toEqual([
      'RATE_MISMATCH',
    ]);
    const rounded = validateIndicatorValue(rate, { year: 2025, value: 12, numerator: 124, denominator: 1000 });
    expect(rounded).toEqual({ ok: true, value: { year: 2025, value: 12.4, numerator: 124, denominator: 1000 } });
  });

  it('refuses a chosen target below the fiche floor or above 100 %', () => {
    const chosen = buildRateIndicator({ '2025': { shape: 'chosen-within-floor', floor: 10 } });
    expect(codes(validateIndicatorValue(chosen, { year: 2025, value: 12, chosenTarget: 8 }))).toEqual([
      'CHOSEN_BELOW_FLOOR',
    ]);
    expect(codes(validateIndicatorValue(chosen, { year: 2025, value: 12, chosenTarget: 120 }))).toEqual([
      'RATE_OUT_OF_RANGE',
    ]);
    expect(validateIndicatorValue(chosen, { year: 2025, value: 12, chosenTarget: 10 }).ok).toBe(true);
  });
});

describe('validateIndicatorValue: ratios that are not shares', () => {
  const ratio = buildIndicator({
    kind: { type: 'rate', numerator: 'Réunions tenues', denominator: 'Périodes de tension', scale: 1, share: false },
    unit: 'réunions par période',
    targets: [{ scope: { label: 'Tous' }, years: everyYear({ shape: 'chosen-within-floor', floor: 5 }) }],
  });

  it('accepts a numerator above its denominator and derives the ratio', () => {
    const result = validateIndicatorValue(ratio, { year: 2025, numerator: 11, denominator: 2 });
    expect(result).toEqual({ ok: true, value: { year: 2025, numerator: 11, denominator: 2, value: 5.5 } });
  });

  it('accepts a typed ratio above the scale but refuses a negative one', () => {
    expect(validateIndicatorValue(ratio, { year: 2025, value: 7.5 }).ok).toBe(true);
    expect(codes(validateIndicatorValue(ratio, { year: 2025, value: -0.5 }))).toEqual(['NEGATIVE_RATIO']);
  });

  it('still needs a positive denominator and whole counts', () => {
    expect(codes(validateIndicatorValue(ratio, { year: 2025, numerator: 3, denominator: 0 }))).toEqual([
      'ZERO_DENOMINATOR',
    ]);
    expect(codes(validateIndicatorValue(ratio, { year: 2025, numerator: 3 }))).toEqual(['INCOMPLETE_RATE']);
    expect(codes(validateIndicatorValue(ratio, { year: 2025, numerator: 2.5, denominator: 1 }))).toContain(
      'NOT_INTEGER',
    );
  });

  it('tolerates a ratio rounded to one decimal, not a wrong one', () => {
    expect(validateIndicatorValue(ratio, { year: 2025, value: 3.7, numerator: 11, denominator: 3 }).ok).toBe(true);
    expect(codes(validateIndicatorValue(ratio, { year: 2025, value: 4, numerator: 11, denominator: 3 }))).toEqual([
      'RATE_MISMATCH',
    ]);
  });

  it('lets the establishment choose a target above the scale, not below the floor', () => {
    expect(validateIndicatorValue(ratio, { year: 2025, value: 6, chosenTarget: 8 }).ok).toBe(true);
    expect(codes(validateIndicatorValue(ratio, { year: 2025, value: 6, chosenTarget: 4 }))).toEqual([
      'CHOSEN_BELOW_FLOOR',
    ]);
    expect(codes(validateIndicatorValue(ratio, { year: 2025, value: 6, chosenTarget: -1 }))).toEqual([
      'NEGATIVE_RATIO',
    ]);
  });
});

describe('validateIndicatorValue: counts, yes/no, dates, milestones', () => {
  it('refuses negative and fractional counts', () => {
    expect(codes(validateIndicatorValue(count, { year: 2025, value: -3 }))).toEqual(['NEGATIVE_COUNT']);
    expect(codes(validateIndicatorValue(count, { year: 2025, value: 2.5 }))).toEqual(['NOT_INTEGER']);
    expect(codes(validateIndicatorValue(count, { year: 2025, value: true }))).toEqual(['INVALID_TYPE']);
    expect(validateIndicatorValue(count, { year: 2025, value: 0 }).ok).toBe(true);
  });

  it('refuses fraction fields and components on a count', () => {
    const result = validateIndicatorValue(count, { year: 2025, value: 3, numerator: 1, components: { a: 1 } });
    expect(codes(result)).toEqual(['UNEXPECTED_FIELD', 'UNEXPECTED_FIELD']);
  });

  it('refuses anything but yes or no for a yes/no indicator', () => {
    expect(codes(validateIndicatorValue(yesNo, { year: 2025, value: 'oui' }))).toEqual(['NOT_BOOLEAN']);
    expect(codes(validateIndicatorValue(yesNo, { year: 2025, value: 1 }))).toEqual(['NOT_BOOLEAN']);
    expect(validateIndicatorValue(yesNo, { year: 2025, value: false }).ok).toBe(true);
  });

  it('accepts only real ISO dates', () => {
    expect(validateIndicatorValue(dated, { year: 2025, value: '2025-02-28' }).ok).toBe(true);
    expect(codes(validateIndicatorValue(dated, { year: 2025, value: '2025-02-30' }))).toEqual(['INVALID_DATE']);
    expect(codes(validateIndicatorValue(dated, { year: 2025, value: '28/02/2025' }))).toEqual(['INVALID_DATE']);
  });

  it('accepts milestone statuses and flags contradictions', () => {
    expect(validateIndicatorValue(milestone, { year: 2025, value: 'in-progress' }).ok).toBe(true);
    expect(validateIndicatorValue(milestone, { year: 2025, milestoneReached: true }).ok).toBe(true);
    expect(codes(validateIndicatorValue(milestone, { year: 2025, value: 'bientôt' }))).toEqual([
      'INVALID_MILESTONE_STATUS',
    ]);
    expect(
      codes(validateIndicatorValue(milestone, { year: 2025, value: 'in-progress', milestoneReached: true })),
    ).toEqual(['MILESTONE_CONFLICT']);
  });

  it('accepts a milestone status on a count indicator only in its milestone years', () => {
    const mixed = buildCountIndicator({
      '2025': { shape: 'milestone', label: 'Identifier les partenaires' },
      '2026': { shape: 'threshold', comparator: '>=', value: 1 },
    });
    expect(validateIndicatorValue(mixed, { year: 2025, value: 'in-progress' }).ok).toBe(true);
    expect(codes(validateIndicatorValue(mixed, { year: 2026, value: 'in-progress' }))).toEqual(['TEXT_NOT_NUMBER']);
  });
});

describe('validateIndicatorValue: components and structure', () => {
  it('checks each component against its own type', () => {
    const ok = validateIndicatorValue(components, {
      year: 2025,
      components: { mammographies: 740, 'plan-signed': true, coverage: 55 },
    });
    expect(ok.ok).toBe(true);
    const bad = validateIndicatorValue(components, {
      year: 2025,
      components: { mammographies: -1, 'plan-signed': 1, coverage: 140, echographies: 3 },
    });
    expect(codes(bad)).toEqual(['NEGATIVE_COUNT', 'NOT_BOOLEAN', 'RATE_OUT_OF_RANGE', 'UNKNOWN_COMPONENT']);
    expect(paths(bad)[3]).toEqual(['components', 'echographies']);
  });

  it('accepts a component left empty', () => {
    expect(validateIndicatorValue(components, { year: 2025, components: { mammographies: null } }).ok).toBe(true);
  });

  it('reports structural errors with their path and a French message', () => {
    const result = validateIndicatorValue(rate, { year: 2025, numerator: '12', denominator: 100 });
    expect(codes(result)).toEqual(['INVALID_TYPE']);
    expect(paths(result)).toEqual([['numerator']]);
    expect(result.ok ? '' : result.errors[0]?.message).toBe('Le numérateur doit être un nombre');
  });

  it('refuses unknown fields, a missing year and a year after the period', () => {
    expect(codes(validateIndicatorValue(count, { year: 2025, value: 1, valeur: 2 }))).toEqual(['UNKNOWN_FIELD']);
    expect(paths(validateIndicatorValue(count, { value: 1 }))).toEqual([['year']]);
    expect(codes(validateIndicatorValue(count, { year: 2030, value: 1 }))).toEqual(['YEAR_OUT_OF_PERIOD']);
    expect(codes(validateIndicatorValue(count, null))).toEqual(['INVALID_TYPE']);
  });

  it('accepts a baseline year before the period and a draft with only a comment', () => {
    expect(validateIndicatorValue(count, { year: 2024, value: 740 }).ok).toBe(true);
    expect(validateIndicatorValue(count, { year: 2025, comment: 'En cours de collecte' }).ok).toBe(true);
  });
});
