import { describe, expect, it } from 'vitest';
import { targetRuleSchema, type TargetRule } from '@jalon/domain/indicators/indicator-definition';
import { invalidCells, ruleProblem, ruleWithShape, TARGET_SHAPES, withNumber } from './fiche-edit-rules.ts';

const context = { firstYear: 2025, baselineYear: 2024 };

describe('ruleWithShape', () => {
  it('gives every shape a rule the domain accepts, carrying the number over', () => {
    const threshold: TargetRule = { shape: 'threshold', comparator: '>=', value: 3 };
    for (const shape of TARGET_SHAPES) {
      const rule = ruleWithShape(threshold, shape, context);
      expect(rule.shape).toBe(shape);
      if (shape !== 'milestone') expect(targetRuleSchema.safeParse(rule).success, shape).toBe(true);
    }
    expect(ruleWithShape(threshold, 'chosen-within-floor', context)).toEqual({
      shape: 'chosen-within-floor',
      floor: 3,
      comparator: '>=',
    });
    expect(ruleWithShape(undefined, 'cumulative', context)).toEqual({
      shape: 'cumulative',
      comparator: '>=',
      value: 0,
      fromYear: 2025,
    });
  });

  it('keeps the rule as it was, unknown fields included, when the shape does not change', () => {
    const rule = { shape: 'percent-increase', percent: 5, base: 'previous-target', rounding: 'ceil' } as const;
    expect(ruleWithShape(rule, 'percent-increase', context)).toBe(rule);
    expect(withNumber(rule, 'percent', 7)).toEqual({ ...rule, percent: 7 });
  });
});

describe('ruleProblem', () => {
  it('finds the cells that cannot be sent', () => {
    expect(ruleProblem(withNumber({ shape: 'threshold', comparator: '>=', value: 3 }, 'value', ''))).toBe('number');
    expect(ruleProblem({ shape: 'components-count', required: 4, of: 3 })).toBe('components');
    expect(ruleProblem({ shape: 'components-count', required: 1.5, of: 3 })).toBe('integer');
    expect(ruleProblem({ shape: 'milestone', label: '  ' })).toBe('label');
    expect(ruleProblem({ shape: 'positive-progression' })).toBeNull();
    const cells = invalidCells([
      { '2026': { shape: 'threshold', comparator: '>=', value: 1 } },
      { '2027': { shape: 'milestone', label: '' } },
    ]);
    expect([...cells]).toEqual([['1.2027', 'label']]);
  });
});
