import type { TargetRule, TargetShape } from '@jalon/domain/indicators/indicator-definition';

/** Every shape a cell can take, in the order the rule editor lists them. */
export const TARGET_SHAPES: readonly TargetShape[] = [
  'threshold',
  'increment',
  'percent-increase',
  'percent-of-baseline',
  'points',
  'components-count',
  'boolean',
  'milestone',
  'chosen-within-floor',
  'positive-progression',
  'cumulative',
  'not-applicable',
];

/** Numeric fields a shape asks for, each a number the user types. */
export type RuleNumberField =
  'value' | 'amount' | 'percent' | 'baselineYear' | 'points' | 'required' | 'of' | 'floor' | 'fromYear';

export function numberFields(shape: TargetShape): RuleNumberField[] {
  switch (shape) {
    case 'threshold':
      return ['value'];
    case 'increment':
      return ['amount'];
    case 'percent-increase':
      return ['percent'];
    case 'percent-of-baseline':
      return ['percent', 'baselineYear'];
    case 'points':
      return ['points'];
    case 'components-count':
      return ['required', 'of'];
    case 'chosen-within-floor':
      return ['floor'];
    case 'cumulative':
      return ['value', 'fromYear'];
    case 'boolean':
    case 'milestone':
    case 'positive-progression':
    case 'not-applicable':
      return [];
  }
}

export function hasComparator(shape: TargetShape): boolean {
  return shape === 'threshold' || shape === 'chosen-within-floor' || shape === 'cumulative';
}

export interface RuleContext {
  /** First year of the fiche's measurement, the usual start of a cumulative target. */
  firstYear: number;
  /** The fiche's reference year, or the year before the first measured one. */
  baselineYear: number;
}

/** The first number of a rule, carried over when its shape changes (a threshold of 3 becomes a floor of 3). */
function leadingNumber(rule: TargetRule | undefined): number {
  if (rule === undefined) return 0;
  const field = numberFields(rule.shape)[0];
  const value = field === undefined ? undefined : (rule as Record<string, unknown>)[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * The rule a cell gets when the user picks another shape. The same shape
 * returns the rule untouched, so fields the editor does not show survive.
 */
export function ruleWithShape(rule: TargetRule | undefined, shape: TargetShape, context: RuleContext): TargetRule {
  if (rule?.shape === shape) return rule;
  const n = leadingNumber(rule);
  switch (shape) {
    case 'threshold':
      return { shape, comparator: '>=', value: n };
    case 'increment':
      return { shape, amount: n, base: 'previous-value' };
    case 'percent-increase':
      return { shape, percent: n, base: 'previous-value', rounding: 'round' };
    case 'percent-of-baseline':
      return { shape, percent: n, baselineYear: context.baselineYear };
    case 'points':
      return { shape, points: n, base: 'previous-value' };
    case 'components-count':
      return { shape, required: Math.max(0, Math.round(n)), of: Math.max(1, Math.round(n)) };
    case 'boolean':
      return { shape, expected: true };
    case 'milestone':
      return { shape, label: '' };
    case 'chosen-within-floor':
      return { shape, floor: n, comparator: '>=' };
    case 'positive-progression':
      return { shape };
    case 'cumulative':
      return { shape, comparator: '>=', value: n, fromYear: context.firstYear };
    case 'not-applicable':
      return { shape };
  }
}

/** The rule with one of its numbers changed; an emptied input holds NaN until the user types again. */
export function withNumber(rule: TargetRule, field: RuleNumberField, value: number | string): TargetRule {
  const number = typeof value === 'number' ? value : Number.NaN;
  return { ...rule, [field]: number } as TargetRule;
}

export type RuleProblem = 'number' | 'integer' | 'label' | 'components';

/** What is wrong with a cell before it is sent, or null: the schema's rules, said where the user types. */
export function ruleProblem(rule: TargetRule): RuleProblem | null {
  const record = rule as Record<string, unknown>;
  const fields = numberFields(rule.shape);
  if (fields.some((field) => typeof record[field] !== 'number' || !Number.isFinite(record[field]))) return 'number';
  if (rule.shape === 'components-count') {
    if (!Number.isInteger(rule.required) || !Number.isInteger(rule.of)) return 'integer';
    if (rule.of < 1 || rule.required < 0 || rule.required > rule.of) return 'components';
  }
  if (
    (rule.shape === 'percent-of-baseline' && !Number.isInteger(rule.baselineYear)) ||
    (rule.shape === 'cumulative' && !Number.isInteger(rule.fromYear))
  ) {
    return 'integer';
  }
  if (rule.shape === 'milestone' && rule.label.trim() === '') return 'label';
  return null;
}

/** Cell keys (`row.year`) whose rule cannot be sent as it is. */
export function invalidCells(targets: readonly Record<string, TargetRule>[]): Map<string, RuleProblem> {
  const problems = new Map<string, RuleProblem>();
  targets.forEach((years, row) => {
    for (const [year, rule] of Object.entries(years)) {
      const problem = ruleProblem(rule);
      if (problem) problems.set(`${row}.${year}`, problem);
    }
  });
  return problems;
}
