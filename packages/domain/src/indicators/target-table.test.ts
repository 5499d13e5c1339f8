import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetRuleSchema } from './indicator-definition.ts';
import { describeRule, targetTable } from './target-table.ts';
import { buildCountIndicator, buildIndicator, buildRateIndicator } from './test-builders.ts';

const rule = (input: unknown) => targetRuleSchema.parse(input);

describe('describeRule', () => {
  it.each([
    [{ shape: 'threshold', comparator: '>=', value: 15 }, true, '≥ 15 %'],
    [{ shape: 'threshold', comparator: '<=', value: 3 }, false, '≤ 3'],
    [{ shape: 'increment', amount: 5 }, false, '+5 / réalisé N-1'],
    [{ shape: 'percent-increase', percent: 3 }, false, '+3 % / réalisé N-1'],
    [{ shape: 'percent-increase', percent: 5, base: 'previous-target' }, false, '+5 % / cible N-1'],
    [{ shape: 'percent-of-baseline', percent: 20, baselineYear: 2025 }, false, '+20 % / référence 2025'],
    [{ shape: 'points', points: 2 }, true, '+2 points / réalisé N-1'],
    [{ shape: 'points', points: -1 }, true, '−1 point / réalisé N-1'],
    [{ shape: 'components-count', required: 2, of: 3 }, false, '≥ 2/3'],
    [{ shape: 'boolean' }, false, 'Oui'],
    [{ shape: 'milestone', label: 'État des lieux réalisé' }, false, 'État des lieux réalisé'],
    [{ shape: 'chosen-within-floor', floor: 5 }, true, 'Cible choisie ≥ 5 %'],
    [{ shape: 'positive-progression' }, false, 'Progression positive'],
    [{ shape: 'positive-progression', orStable: true }, false, 'Progression ou stabilisation'],
    [{ shape: 'cumulative', value: 1200, fromYear: 2025 }, false, '≥ 1\u202f200 en cumul depuis 2025'],
    [{ shape: 'not-applicable' }, false, 'Sans objet'],
  ])('%j reads as the annex writes it', (input, percent, text) => {
    expect(describeRule(rule(input), percent)).toBe(text);
  });

  it('holds a sign to its number and a number to its unit with no-break spaces', () => {
    expect(describeRule(rule({ shape: 'chosen-within-floor', floor: 7 }), true)).toBe('Cible choisie ≥\u00a07\u00a0%');
    const comparator = fc.constantFrom('>=', '>', '<=', '<', '=');
    const value = fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100);
    const rules = fc.oneof(
      fc.record({ shape: fc.constant('threshold'), comparator, value }),
      fc.record({ shape: fc.constant('chosen-within-floor'), comparator, floor: value }),
      fc.record({ shape: fc.constant('points'), points: value }),
      fc.record({ shape: fc.constant('percent-increase'), percent: value }),
      fc.record({ shape: fc.constant('components-count'), required: fc.constant(2), of: fc.constant(3) }),
    );
    fc.assert(
      fc.property(rules, fc.boolean(), (input, percent) => {
        // A plain (breakable) space after a sign or before a unit would let the line break there.
        expect(describeRule(rule(input), percent)).not.toMatch(/[≥≤<>=] |[0-9] (?:%|point)/);
      }),
    );
  });
});

describe('targetTable', () => {
  it('has one column per measured year and null where a row sets nothing', () => {
    const table = targetTable(
      buildCountIndicator({ '2025': { shape: 'boolean' }, '2027': { shape: 'threshold', comparator: '>=', value: 2 } }),
    );
    expect(table.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(table.rows).toEqual([
      { scope: 'Tous les établissements', component: null, cells: ['Oui', null, '≥ 2', null, null] },
    ]);
  });

  it('writes percentages for rates and names components with their labels', () => {
    expect(
      targetTable(buildRateIndicator({ '2025': { shape: 'threshold', comparator: '>=', value: 10 } })).rows[0]!
        .cells[0],
    ).toBe('≥ 10 %');
    const indicator = buildIndicator({
      kind: { type: 'components', components: [{ key: 'mammo', label: 'Mammographies' }] },
      targets: [
        { scope: { label: 'CH' }, component: 'mammo', years: { '2026': { shape: 'percent-increase', percent: 5 } } },
      ],
    });
    expect(targetTable(indicator).rows[0]).toEqual({
      scope: 'CH',
      component: { key: 'mammo', label: 'Mammographies' },
      cells: [null, '+5 % / réalisé N-1', null, null, null],
    });
  });
});
