import { describe, expect, it } from 'vitest';
import { targetRuleSchema } from './indicator-definition.ts';
import { describeRule, targetTable } from './target-table.ts';
import { buildCountIndicator, buildIndicator, buildRateIndicator } from './test-builders.ts';

const rule = (input: unknown) => targetRuleSchema.parse(input);

describe('describeRule', () => {
  it.each([
    [{ shape: 'threshold', comparator: '>=', value: 15 }, true, '≥ 15 %'],
    [{ shape: 'threshold', comparator: '<=', value: 3 }, false, '≤ 3'],
    [{ shape: 'increment', amount: 5 }, false, '+5 / réalisé N-1'],
    [{ shape: 'percent-increase', percent: 3 }, false, '+3 % / réalisé N-1'],
    [{ shape: 'percent-increase', percent: 5, base: 'previous-target' }, false, '+5 % / cible N-1'],
    [{ shape: 'percent-of-baseline', percent: 20, baselineYear: 2025 }, false, '+20 % / référence 2025'],
    [{ shape: 'points', points: 2 }, true, '+2 points / réalisé N-1'],
    [{ shape: 'points', points: -1 }, true, '−1 point / réalisé N-1'],
    [{ shape: 'components-count', required: 2, of: 3 }, false, '≥ 2/3'],
    [{ shape: 'boolean' }, false, 'Oui'],
    [{ shape: 'milestone', label: 'État des lieux réalisé' }, false, 'État des lieux réalisé'],
    [{ shape: 'chosen-within-floor', floor: 5 }, true, 'Cible choisie ≥ 5 %'],
    [{ shape: 'positive-progression' }, false, 'Progression positive'],
    [{ shape: 'positive-progression', orStable: true }, false, 'Progression ou stabilisation'],
    [{ shape: 'cumulative', value: 1200, fromYear: 2025 }, false, '≥ 1\u202f200 en cumul depuis 2025'],
    [{ shape: 'not-applicable' }, false, 'Sans objet'],
  ])('%j reads as the annex writes it', (input, percent, text) => {
    expect(describeRule(rule(input), percent)).toBe(text);
  });
});

describe('targetTable', () => {
  it('has one column per measured year and null where a row sets nothing', () => {
    const table = targetTable(buildCountIndicator({ '2025': { shape: 'boolean' }, '2027': { shape: 'threshold', comparator: '>=', value: 2 } }));
    expect(table.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(table.rows).toEqual([{ scope: 'Tous les établissements', component: null, cells: ['Oui', null, '≥ 2', null, null] }]);
  });

  it('writes percentages for rates and names components with their labels', () => {
    expect(targetTable(buildRateIndicator({ '2025': { shape: 'threshold', comparator: '>=', value: 10 } })).rows[0]!.cells[0]).toBe('≥ 10 %');
    const indicator = buildIndicator({
      kind: { type: 'components', components: [{ key: 'mammo', label: 'Mammographies' }] },
      targets: [{ scope: { label: 'CH' }, component: 'mammo', years: { '2026': { shape: 'percent-increase', percent: 5 } } }],
    });
    expect(targetTable(indicator).rows[0]).toEqual({
      scope: 'CH',
      component: { key: 'mammo', label: 'Mammographies' },
      cells: [null, '+5 % / réalisé N-1', null, null, null],
    });
  });
});
