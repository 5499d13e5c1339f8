import type { IndicatorValue } from './indicator-value.ts';
import type { PreparedIndicator } from './prepared-indicator.ts';

/**
 * Reads reported values the way the engine needs them. Values reaching the
 * engine were validated on entry, so nothing here re-parses them: a field of
 * the wrong type simply reads as "not reported".
 */

export type ValueLookup = (year: number) => IndicatorValue | undefined;

/** Year → value, the year being judged answered by the reported value when there is one. */
export function valueLookup(history: readonly IndicatorValue[], year: number, reported?: IndicatorValue): ValueLookup {
  return (wanted) => {
    if (wanted === year && reported !== undefined) return reported;
    for (const value of history) if (value.year === wanted) return value;
    return undefined;
  };
}

/** The numeric value of the indicator or one of its components; a rate comes from its fraction when given. */
export function readNumber(
  prepared: PreparedIndicator,
  value: IndicatorValue | undefined,
  component: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  if (component !== undefined) {
    const part = value.components?.[component];
    return typeof part === 'number' ? part : undefined;
  }
  const { numerator, denominator } = value;
  if (prepared.rateScale !== undefined && numerator !== undefined && denominator !== undefined && denominator > 0) {
    return (numerator / denominator) * prepared.rateScale;
  }
  if (typeof value.value === 'number') return value.value;
  if (value.components !== undefined) return sumComponents(value.components);
  return undefined;
}

/** A total over components, when the fiche targets the sum (tele-health acts of every type). */
function sumComponents(components: NonNullable<IndicatorValue['components']>): number | undefined {
  let sum = 0;
  let any = false;
  for (const part of Object.values(components)) {
    if (typeof part !== 'number') continue;
    sum += part;
    any = true;
  }
  return any ? sum : undefined;
}

export function readBoolean(value: IndicatorValue | undefined, component: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const raw = component === undefined ? value.value : value.components?.[component];
  return typeof raw === 'boolean' ? raw : undefined;
}

export type MilestoneReading = 'reached' | 'in-progress' | 'not-reached';

/** The explicit flag wins; otherwise the declared status (or yes/no) says it. */
export function readMilestone(value: IndicatorValue | undefined): MilestoneReading | undefined {
  if (value === undefined) return undefined;
  if (value.milestoneReached === true) return 'reached';
  if (value.value === 'reached' || value.value === true) return 'reached';
  if (value.value === 'in-progress') return 'in-progress';
  if (value.milestoneReached === false || value.value === 'not-started' || value.value === false) return 'not-reached';
  return undefined;
}

/**
 * How many components are done (a plan updated, an exercise held): a yes or a
 * positive count. Without components, the main value is that count already.
 */
export function countDone(prepared: PreparedIndicator, value: IndicatorValue | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (prepared.indicator.kind.type !== 'components') {
    return typeof value.value === 'number' ? value.value : undefined;
  }
  if (value.components === undefined) return undefined;
  let done = 0;
  let any = false;
  for (const part of Object.values(value.components)) {
    if (part === null) continue;
    any = true;
    if (part === true || (typeof part === 'number' && part > 0)) done++;
  }
  return any ? done : undefined;
}
