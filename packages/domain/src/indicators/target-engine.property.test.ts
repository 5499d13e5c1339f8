import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CPOM_TIERS, ESTABLISHMENT_CATEGORIES, LEGAL_STATUSES } from '../organisation/establishment.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { roundHalfUp } from './numbers.ts';
import { judge, resolveTargets } from './target-engine.ts';
import {
  buildCountIndicator,
  buildEstablishment,
  buildIndicator,
  buildRateIndicator,
  type TargetRuleInput,
} from './test-builders.ts';

const YEARS = [2025, 2026, 2027, 2028, 2029] as const;
const year = fc.constantFrom(...YEARS);
const comparator = fc.constantFrom('>=', '>', '<=', '<', '=' as const);
const amount = fc.integer({ min: 0, max: 200 });

const rule: fc.Arbitrary<TargetRuleInput> = fc.oneof(
  fc.record({ shape: fc.constant('threshold' as const), comparator, value: amount }),
  fc.record({
    shape: fc.constant('increment' as const),
    amount,
    base: fc.constantFrom('previous-value', 'previous-target' as const),
  }),
  fc.record({
    shape: fc.constant('percent-increase' as const),
    percent: fc.integer({ min: 0, max: 50 }),
    base: fc.constantFrom('previous-value', 'previous-target' as const),
  }),
  fc.record({ shape: fc.constant('percent-of-baseline' as const), percent: amount, baselineYear: fc.constant(2024) }),
  fc.record({ shape: fc.constant('points' as const), points: fc.integer({ min: 0, max: 20 }) }),
  fc.record({
    shape: fc.constant('components-count' as const),
    required: fc.integer({ min: 0, max: 3 }),
    of: fc.constant(3),
  }),
  fc.record({ shape: fc.constant('boolean' as const), expected: fc.boolean() }),
  fc.record({ shape: fc.constant('milestone' as const), label: fc.constant('Jalon') }),
  fc.record({ shape: fc.constant('chosen-within-floor' as const), floor: amount }),
  fc.record({ shape: fc.constant('positive-progression' as const), orStable: fc.boolean() }),
  fc.record({ shape: fc.constant('cumulative' as const), value: amount, fromYear: fc.constant(2025) }),
  fc.record({ shape: fc.constant('not-applicable' as const) }),
);

const scope = fc.record(
  {
    label: fc.constant('Périmètre'),
    tiers: fc.subarray([...CPOM_TIERS], { minLength: 1 }),
    categories: fc.subarray([...ESTABLISHMENT_CATEGORIES], { minLength: 1 }),
    legalStatuses: fc.subarray([...LEGAL_STATUSES], { minLength: 1 }),
  },
  { requiredKeys: ['label'] },
);

const COMPONENTS = ['a', 'b'] as const;

const rows = fc.array(
  fc.record(
    {
      scope,
      component: fc.constantFrom(...COMPONENTS),
      years: fc.dictionary(fc.constantFrom(...YEARS.map(String)), rule, { minKeys: 1 }),
    },
    { requiredKeys: ['scope', 'years'] },
  ),
  { minLength: 1, maxLength: 4 },
);

const kind = fc.constantFrom(
  { type: 'count' as const },
  { type: 'rate' as const, numerator: 'n', denominator: 'd', scale: 100 },
  {
    type: 'components' as const,
    components: COMPONENTS.map((key) => ({ key, label: key.toUpperCase(), valueType: 'count' as const })),
  },
);

const direction = fc.constantFrom('higher-is-better', 'lower-is-better' as const);

const establishment = fc.record({
  category: fc.constantFrom(...ESTABLISHMENT_CATEGORIES),
  legalStatus: fc.constantFrom(...LEGAL_STATUSES),
  ghtMember: fc.boolean(),
  beds: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
});

const value = (y: number): fc.Arbitrary<IndicatorValue> =>
  fc.record(
    {
      year: fc.constant(y),
      value: fc.oneof(
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        fc.constantFrom('in-progress', 'reached', 'not-started'),
      ),
      numerator: fc.integer({ min: 0, max: 50 }),
      denominator: fc.integer({ min: 50, max: 100 }),
      components: fc.record({ a: fc.option(fc.integer({ min: 0, max: 100 })), b: fc.option(fc.boolean()) }),
      milestoneReached: fc.boolean(),
      chosenTarget: fc.integer({ min: 0, max: 300 }),
    },
    { requiredKeys: ['year'] },
  );

const history = fc.tuple(...[2024, 2025, 2026, 2027, 2028, 2029].map((y) => fc.option(value(y), { nil: undefined })));

describe('target engine properties', () => {
  it('never throws for valid inputs and always explains in one line', () => {
    fc.assert(
      fc.property(
        rows,
        kind,
        direction,
        establishment,
        history,
        year,
        fc.boolean(),
        (targets, k, dir, est, values, y, ght) => {
          const indicator = buildIndicator({
            kind: k,
            direction: dir,
            targets,
            applicability: ght ? [{ type: 'ght-member' }] : [],
          });
          const profile = buildEstablishment({
            category: est.category,
            legalStatus: est.legalStatus,
            ghtMember: est.ghtMember,
            capacities: est.beds === undefined ? [] : [{ year: y, beds: est.beds, places: 0 }],
          });
          const known = values.filter((v): v is IndicatorValue => v !== undefined);
          const result = judge({ establishment: profile, indicator, year: y, history: known });
          expect(['met', 'partly-met', 'not-met', 'not-applicable', 'pending']).toContain(result.judgement);
          expect(result.explanation).not.toMatch(/\n|undefined|NaN/);
          expect(result.targets.length).toBeGreaterThan(0);
          if (ght && !est.ghtMember) expect(result.judgement).toBe('not-applicable');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never judges a not-applicable rule met or not met', () => {
    fc.assert(
      fc.property(year, fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }), (y, reported) => {
        const indicator = buildCountIndicator({ [String(y)]: { shape: 'not-applicable' } });
        const result = judge({
          establishment: buildEstablishment(),
          indicator,
          year: y,
          history: [],
          reported: reported === undefined ? undefined : { year: y, value: reported },
        });
        expect(result.judgement).toBe('not-applicable');
      }),
    );
  });

  it('a value that meets a higher target meets any lower one (higher is better)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (reported, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const at = (target: number) =>
            judge({
              establishment: buildEstablishment(),
              indicator: buildRateIndicator({ '2026': { shape: 'threshold', comparator: '>=', value: target } }),
              year: 2026,
              history: [],
              reported: { year: 2026, value: reported },
            }).judgement;
          if (at(high) === 'met') expect(at(low)).toBe('met');
        },
      ),
    );
  });

  it('rounds each step of a chained target half up, the same way every time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 5, maxLength: 5 }),
        (start, percents) => {
          const years: Record<string, TargetRuleInput> = {};
          YEARS.forEach((y, i) => {
            years[String(y)] = { shape: 'percent-increase', percent: percents[i] ?? 0, base: 'previous-target' };
          });
          const indicator = buildCountIndicator(years);
          const targetOf = (y: number) =>
            resolveTargets({
              establishment: buildEstablishment(),
              indicator,
              year: y,
              history: [{ year: 2024, value: start }],
            })[0]?.value;
          let expected = start;
          YEARS.forEach((y, i) => {
            expected = roundHalfUp(expected * (1 + (percents[i] ?? 0) / 100));
            expect(targetOf(y)).toBe(expected);
            expect(targetOf(y)).toBe(targetOf(y));
          });
        },
      ),
    );
  });
});
