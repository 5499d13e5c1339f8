import type { Comparator, TargetRow, TargetRule } from './indicator-definition.ts';
import { formatBoolean, formatComparison, formatQuantity } from './french-format.ts';
import { clean, compare, roundHalfUp, roundTo2 } from './numbers.ts';
import { readsAsPercent, valueTypeOf, type PreparedIndicator } from './prepared-indicator.ts';
import type { ResolvedTarget } from './target-engine.ts';
import { readNumber, type ValueLookup } from './value-reading.ts';

/**
 * Turns one year's rule into an expected value. Relative rules (increment,
 * percentage, points, progression) state the size of the improvement, so for
 * a lower-is-better indicator they subtract and expect "at most".
 */

export interface ResolutionContext {
  prepared: PreparedIndicator;
  valueOf: ValueLookup;
  /** The rule negotiated for the establishment in an earlier year, which a previous-target chain grows from. */
  negotiatedRule?: ((year: number, component: string | undefined) => TargetRule | undefined) | undefined;
}

type Expected =
  | { type: 'number'; comparator: Comparator; value: number; note?: string }
  | { type: 'missing'; missing: string[] }
  | { type: 'none' };

const missingValue = (year: number): Expected => ({ type: 'missing', missing: [`valeur ${year}`] });

/** Resolves the rule of `year` on `row` (the row also gives earlier years' rules for chaining). */
export function resolveRule(
  context: ResolutionContext,
  row: TargetRow | undefined,
  rule: TargetRule,
  year: number,
  component: string | undefined,
): ResolvedTarget {
  const target = resolveShape(context, row, rule, year, component);
  if (component !== undefined) target.component = component;
  return target;
}

function resolveShape(
  context: ResolutionContext,
  row: TargetRow | undefined,
  rule: TargetRule,
  year: number,
  component: string | undefined,
): ResolvedTarget {
  if (rule.shape === 'not-applicable') {
    return { status: 'not-applicable', rule, text: rule.reason ? `Sans objet : ${rule.reason}` : 'Sans objet' };
  }
  if (rule.shape === 'boolean')
    return { status: 'resolved', rule, value: rule.expected, text: formatBoolean(rule.expected) };
  if (rule.shape === 'milestone') return { status: 'resolved', rule, label: rule.label, text: rule.label };
  const expected = expectedNumber(context, row, rule, year, component);
  if (expected.type === 'missing') {
    return { status: 'pending', rule, missing: expected.missing, text: `En attente (${expected.missing.join(', ')})` };
  }
  if (expected.type === 'none') return { status: 'not-applicable', rule, text: 'Sans objet' };
  return {
    status: 'resolved',
    rule,
    comparator: expected.comparator,
    value: expected.value,
    text: numericText(context.prepared, rule, expected, year, component),
  };
}

// A fixed target reads the same for every establishment: write it once per rule and unit.
const fixedTexts = new WeakMap<TargetRule, { plain?: string; percent?: string }>();

function numericText(
  prepared: PreparedIndicator,
  rule: TargetRule,
  expected: { comparator: Comparator; value: number; note?: string },
  year: number,
  component: string | undefined,
): string {
  if (rule.shape !== 'threshold' && rule.shape !== 'components-count') {
    return writeNumericText(prepared, rule, expected, year, component);
  }
  const percent = readsAsPercent(prepared, component);
  let texts = fixedTexts.get(rule);
  if (texts === undefined) {
    texts = {};
    fixedTexts.set(rule, texts);
  }
  const key = percent ? 'percent' : 'plain';
  texts[key] ??= writeNumericText(prepared, rule, expected, year, component);
  return texts[key];
}

function writeNumericText(
  prepared: PreparedIndicator,
  rule: TargetRule,
  expected: { comparator: Comparator; value: number; note?: string },
  year: number,
  component: string | undefined,
): string {
  if (rule.shape === 'components-count') return formatComparison(expected.comparator, `${rule.required}/${rule.of}`);
  const percent = readsAsPercent(prepared, component);
  const quantity = formatComparison(expected.comparator, formatQuantity(expected.value, percent));
  if (rule.shape === 'cumulative') return `${quantity} en cumul ${rule.fromYear}-${year}`;
  return expected.note === undefined ? quantity : `${quantity} (${expected.note})`;
}

function expectedNumber(
  context: ResolutionContext,
  row: TargetRow | undefined,
  rule: TargetRule,
  year: number,
  component: string | undefined,
): Expected {
  const { prepared } = context;
  const sign = prepared.lowerIsBetter ? -1 : 1;
  const relative: Comparator = prepared.lowerIsBetter ? '<=' : '>=';
  switch (rule.shape) {
    case 'threshold':
      return { type: 'number', comparator: rule.comparator, value: rule.value };
    case 'components-count':
      return { type: 'number', comparator: '>=', value: rule.required };
    case 'cumulative':
      return { type: 'number', comparator: rule.comparator, value: rule.value };
    case 'increment':
      return fromBase(context, row, rule.base, year, component, (b) => clean(b + sign * rule.amount), relative);
    case 'points':
      return fromBase(context, row, rule.base, year, component, (b) => roundTo2(b + sign * rule.points), relative);
    case 'percent-increase':
      return fromBase(
        context,
        row,
        rule.base,
        year,
        component,
        (b) => applyRounding(b * (1 + (sign * rule.percent) / 100), rule.rounding),
        relative,
      );
    case 'percent-of-baseline':
      return ofBaseline(context, rule, component, relative);
    case 'positive-progression':
      return aboveLastYear(context, rule, year, component);
    case 'chosen-within-floor':
      return chosenOrFloor(context, rule, year);
    case 'boolean':
    case 'milestone':
    case 'not-applicable':
      return { type: 'none' };
  }
}

function ofBaseline(
  context: ResolutionContext,
  rule: Extract<TargetRule, { shape: 'percent-of-baseline' }>,
  component: string | undefined,
  comparator: Comparator,
): Expected {
  const { prepared } = context;
  const baseline = readNumber(prepared, context.valueOf(rule.baselineYear), component);
  if (baseline === undefined) return missingValue(rule.baselineYear);
  const raw = baseline * (1 + ((prepared.lowerIsBetter ? -1 : 1) * rule.percent) / 100);
  // A count target is a whole number of patients or acts; a rate keeps two decimals.
  const integral = valueTypeOf(prepared, component) === 'count';
  return { type: 'number', comparator, value: integral ? roundHalfUp(raw) : roundTo2(raw) };
}

function aboveLastYear(
  context: ResolutionContext,
  rule: Extract<TargetRule, { shape: 'positive-progression' }>,
  year: number,
  component: string | undefined,
): Expected {
  const { prepared } = context;
  const previous = readNumber(prepared, context.valueOf(year - 1), component);
  if (previous === undefined) return missingValue(year - 1);
  const lower = prepared.lowerIsBetter;
  const comparator: Comparator = rule.orStable ? (lower ? '<=' : '>=') : lower ? '<' : '>';
  return { type: 'number', comparator, value: clean(previous) };
}

function chosenOrFloor(
  context: ResolutionContext,
  rule: Extract<TargetRule, { shape: 'chosen-within-floor' }>,
  year: number,
): Expected {
  const chosen = context.valueOf(year)?.chosenTarget;
  // A choice that breaks the floor is not a choice the fiche allows: the floor stands.
  if (chosen !== undefined && compare(chosen, rule.comparator, rule.floor)) {
    return { type: 'number', comparator: rule.comparator, value: chosen, note: 'cible choisie' };
  }
  return { type: 'number', comparator: rule.comparator, value: rule.floor, note: 'plancher' };
}

function applyRounding(value: number, rounding: 'round' | 'ceil' | 'floor' | 'none'): number {
  switch (rounding) {
    case 'round':
      return roundHalfUp(value);
    case 'ceil':
      return Math.ceil(clean(value));
    case 'floor':
      return Math.floor(clean(value));
    case 'none':
      return clean(value);
  }
}

/**
 * The previous year's reference: the target of N-1 when the rule asks for it
 * and N-1 has a numeric rule — negotiated for the establishment, else the
 * fiche's (so +3 % then +5 %/year chain from 740 to 762, 800, 840…) —, else
 * the value reported for N-1.
 */
function fromBase(
  context: ResolutionContext,
  row: TargetRow | undefined,
  base: 'previous-value' | 'previous-target',
  year: number,
  component: string | undefined,
  apply: (base: number) => number,
  comparator: Comparator,
): Expected {
  const previousYear = year - 1;
  if (base === 'previous-target') {
    const previousRule = context.negotiatedRule?.(previousYear, component) ?? row?.years[String(previousYear)];
    // A cumulated total or a count of components is no yearly level to grow from.
    if (
      previousRule !== undefined &&
      previousRule.shape !== 'cumulative' &&
      previousRule.shape !== 'components-count'
    ) {
      const previous = expectedNumber(context, row, previousRule, previousYear, component);
      if (previous.type === 'missing') return previous;
      if (previous.type === 'number') return { type: 'number', comparator, value: apply(previous.value) };
    }
  }
  const value = readNumber(context.prepared, context.valueOf(previousYear), component);
  if (value === undefined) return missingValue(previousYear);
  return { type: 'number', comparator, value: apply(value) };
}
