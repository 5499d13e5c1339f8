import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { resolveTargets, type ResolvedTarget } from './target-engine.ts';
import {
  buildCountIndicator,
  buildEstablishment,
  buildIndicator,
  buildRateIndicator,
  everyYear,
  type TargetRuleInput,
} from './test-builders.ts';

function first(indicator: IndicatorDefinition, year: number, history: IndicatorValue[] = []): ResolvedTarget {
  const [target] = resolveTargets({ establishment: buildEstablishment(), indicator, year, history });
  if (target === undefined) throw new Error('no target');
  return target;
}

const count = (years: Record<string, TargetRuleInput>) => buildCountIndicator(years);
const lower = (years: Record<string, TargetRuleInput>) => buildCountIndicator(years, { direction: 'lower-is-better' });

describe('threshold, boolean, milestone, components-count, not-applicable', () => {
  it('keeps the fiche’s comparator and shows a percentage with a decimal comma', () => {
    const rate = buildRateIndicator({ '2026': { shape: 'threshold', comparator: '>=', value: 12.5 } });
    expect(first(rate, 2026)).toMatchObject({ status: 'resolved', comparator: '>=', value: 12.5, text: '≥ 12,5 %' });
    expect(first(count({ '2025': { shape: 'threshold', comparator: '<', value: 1 } }), 2025).text).toBe('< 1');
  });

  it('writes a shared fixed rule with each component’s own unit', () => {
    const shared = everyYear({ shape: 'threshold', comparator: '>=', value: 20 });
    const indicator = buildIndicator({
      kind: {
        type: 'components',
        components: [
          { key: 'acts', label: 'Actes' },
          { key: 'share', label: 'Part', valueType: 'rate' },
        ],
      },
      targets: [
        { scope: { label: 'Tous' }, component: 'acts', years: shared },
        { scope: { label: 'Tous' }, component: 'share', years: shared },
      ],
    });
    const texts = () =>
      resolveTargets({ establishment: buildEstablishment(), indicator, year: 2025, history: [] }).map((t) => t.text);
    expect(texts()).toEqual(['≥ 20', '≥ 20 %']);
    expect(texts()).toEqual(['≥ 20', '≥ 20 %']);
  });

  it('expects yes or no', () => {
    expect(first(count({ '2025': { shape: 'boolean' } }), 2025)).toMatchObject({ value: true, text: 'Oui' });
    expect(first(count({ '2025': { shape: 'boolean', expected: false } }), 2025)).toMatchObject({
      value: false,
      text: 'Non',
    });
  });

  it('gives a milestone its label', () => {
    const target = first(count({ '2025': { shape: 'milestone', label: 'État des lieux réalisé' } }), 2025);
    expect(target).toMatchObject({
      status: 'resolved',
      label: 'État des lieux réalisé',
      text: 'État des lieux réalisé',
    });
  });

  it('counts components as "required of"', () => {
    const target = first(count({ '2027': { shape: 'components-count', required: 2, of: 3 } }), 2027);
    expect(target).toMatchObject({ comparator: '>=', value: 2, text: '≥ 2/3' });
  });

  it('carries the fiche’s reason when not applicable', () => {
    const target = first(count({ '2025': { shape: 'not-applicable', reason: 'pas de radiologie propre' } }), 2025);
    expect(target).toMatchObject({ status: 'not-applicable', text: 'Sans objet : pas de radiologie propre' });
  });
});

describe('rules relative to the previous year', () => {
  it('adds an increment to the previous value, or waits for it', () => {
    const indicator = count({ '2026': { shape: 'increment', amount: 5 } });
    expect(first(indicator, 2026, [{ year: 2025, value: 12 }])).toMatchObject({ value: 17, text: '≥ 17' });
    expect(first(indicator, 2026)).toEqual({
      status: 'pending',
      rule: { shape: 'increment', amount: 5, base: 'previous-value' },
      missing: ['valeur 2025'],
      text: 'En attente (valeur 2025)',
    });
  });

  it('chains the mammography example: +3 % over 2024, then +5 % a year', () => {
    const indicator = count({
      '2025': { shape: 'percent-increase', percent: 3, base: 'previous-target' },
      '2026': { shape: 'percent-increase', percent: 5, base: 'previous-target' },
      '2027': { shape: 'percent-increase', percent: 5, base: 'previous-target' },
      '2028': { shape: 'percent-increase', percent: 5, base: 'previous-target' },
      '2029': { shape: 'percent-increase', percent: 5, base: 'previous-target' },
    });
    const history = [{ year: 2024, value: 740 }];
    expect([2025, 2026, 2027, 2028, 2029].map((year) => first(indicator, year, history).value)).toEqual([
      762, 800, 840, 882, 926,
    ]);
    expect(first(indicator, 2029).missing).toEqual(['valeur 2024']);
  });

  it('uses the reported previous value when asked, whatever the previous target', () => {
    const indicator = count({
      '2025': { shape: 'threshold', comparator: '>=', value: 1000 },
      '2026': { shape: 'percent-increase', percent: 10 },
    });
    expect(first(indicator, 2026, [{ year: 2025, value: 200 }]).value).toBe(220);
  });

  it('falls back to the previous value when the previous year has no numeric target', () => {
    const indicator = count({
      '2025': { shape: 'milestone', label: 'Mettre en place le processus' },
      '2026': { shape: 'percent-increase', percent: 15, base: 'previous-target' },
    });
    expect(first(indicator, 2026, [{ year: 2025, value: 40 }]).value).toBe(46);
  });

  it('rounds half up, or as the rule says', () => {
    const rounding = (r: 'round' | 'ceil' | 'floor' | 'none') =>
      first(count({ '2026': { shape: 'percent-increase', percent: 5, rounding: r } }), 2026, [
        { year: 2025, value: 10 },
      ]).value;
    expect(rounding('round')).toBe(11); // 10.5 goes up
    expect(rounding('floor')).toBe(10);
    expect(rounding('ceil')).toBe(11);
    expect(rounding('none')).toBe(10.5);
  });

  it('adds points to a rate', () => {
    const indicator = buildRateIndicator({ '2026': { shape: 'points', points: 20 } });
    expect(first(indicator, 2026, [{ year: 2025, numerator: 31, denominator: 100 }])).toMatchObject({
      value: 51,
      text: '≥ 51 %',
    });
  });

  it('expects more than the previous value for a positive progression, or at least as much when stable is allowed', () => {
    const history = [{ year: 2025, value: 12.4 }];
    expect(first(buildRateIndicator({ '2026': { shape: 'positive-progression' } }), 2026, history)).toMatchObject({
      comparator: '>',
      value: 12.4,
      text: '> 12,4 %',
    });
    const stable = buildRateIndicator({ '2026': { shape: 'positive-progression', orStable: true } });
    expect(first(stable, 2026, history).comparator).toBe('>=');
    expect(first(stable, 2026).missing).toEqual(['valeur 2025']);
  });

  it('inverts relative rules for lower-is-better indicators', () => {
    const history = [{ year: 2025, value: 40 }];
    expect(first(lower({ '2026': { shape: 'increment', amount: 5 } }), 2026, history)).toMatchObject({
      comparator: '<=',
      value: 35,
    });
    expect(first(lower({ '2026': { shape: 'percent-increase', percent: 10 } }), 2026, history).value).toBe(36);
    expect(first(lower({ '2026': { shape: 'positive-progression' } }), 2026, history)).toMatchObject({
      comparator: '<',
      value: 40,
    });
    expect(first(lower({ '2026': { shape: 'threshold', comparator: '>=', value: 3 } }), 2026).comparator).toBe('>=');
  });
});

describe('baseline, chosen target and cumulative rules', () => {
  const fileActive = count({
    '2025': { shape: 'percent-of-baseline', percent: 20, baselineYear: 2024 },
    '2027': { shape: 'percent-of-baseline', percent: 60, baselineYear: 2024 },
  });

  it('applies a percentage of the baseline year’s value, rounded for counts', () => {
    expect(first(fileActive, 2025, [{ year: 2024, value: 47 }])).toMatchObject({ value: 56, text: '≥ 56' });
    expect(first(fileActive, 2027, [{ year: 2024, value: 50 }]).value).toBe(80);
    expect(first(fileActive, 2025).missing).toEqual(['valeur 2024']);
  });

  it('keeps two decimals of a baseline rate', () => {
    const rate = buildRateIndicator({ '2025': { shape: 'percent-of-baseline', percent: 10, baselineYear: 2024 } });
    expect(first(rate, 2025, [{ year: 2024, value: 33.33 }]).value).toBe(36.66);
  });

  it('takes the establishment’s chosen target when it respects the floor, else the floor', () => {
    const chosen = buildRateIndicator({ '2025': { shape: 'chosen-within-floor', floor: 10 } });
    expect(first(chosen, 2025, [{ year: 2025, chosenTarget: 14 }])).toMatchObject({
      value: 14,
      text: '≥ 14 % (cible choisie)',
    });
    expect(first(chosen, 2025, [{ year: 2025, chosenTarget: 6 }])).toMatchObject({
      value: 10,
      text: '≥ 10 % (plancher)',
    });
    expect(first(chosen, 2025).value).toBe(10);
  });

  it('states a cumulated target over its span', () => {
    const total = count({ '2029': { shape: 'cumulative', value: 25, fromYear: 2025 } });
    expect(first(total, 2029)).toMatchObject({ comparator: '>=', value: 25, text: '≥ 25 en cumul 2025-2029' });
  });

  it('reads a component’s own previous value', () => {
    const indicator = buildIndicator({
      kind: { type: 'components', components: [{ key: 'echo', label: 'Échographies' }] },
      targets: [{ scope: { label: 'Tous' }, component: 'echo', years: { '2026': { shape: 'increment', amount: 10 } } }],
    });
    expect(first(indicator, 2026, [{ year: 2025, components: { echo: 90 } }])).toMatchObject({
      component: 'echo',
      value: 100,
    });
  });
});
