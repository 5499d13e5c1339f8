import type { Comparator, TargetRule } from './indicator-definition.ts';
import { formatBoolean, formatQuantity } from './french-format.ts';
import { compare } from './numbers.ts';
import { readsAsPercent } from './prepared-indicator.ts';
import type { ResolutionContext } from './rule-resolution.ts';
import type { IndicatorValue } from './indicator-value.ts';
import type { Judgement, ResolvedTarget } from './target-engine.ts';
import { countDone, readBoolean, readMilestone, readNumber } from './value-reading.ts';

/** The judgement of one resolved target against what was reported. */
export interface TargetVerdict {
  target: ResolvedTarget;
  judgement: Judgement;
  /** What was reported, in French: "réalisé 12,4 %", "déclaré en cours". */
  actual?: string | undefined;
  /** Why a target counts as partly met. */
  detail?: string | undefined;
  missing?: string[] | undefined;
  /** Whether the missing data was needed for the target itself rather than for the reported value. */
  missingForTarget?: boolean | undefined;
}

/** Every verdict has the same fields in the same order: the engine's hot paths then read one object layout. */
function verdict(target: ResolvedTarget, judgement: Judgement, actual?: string, detail?: string): TargetVerdict {
  return { target, judgement, actual, detail, missing: undefined, missingForTarget: undefined };
}

function waiting(target: ResolvedTarget, missing: string[], missingForTarget: boolean): TargetVerdict {
  return { target, judgement: 'pending', actual: undefined, detail: undefined, missing, missingForTarget };
}

export function judgeTarget(context: ResolutionContext, target: ResolvedTarget, year: number): TargetVerdict {
  if (target.status === 'pending') {
    return waiting(target, target.missing ?? [], true);
  }
  if (target.status === 'not-applicable' || target.rule === undefined) return verdict(target, 'not-applicable');
  const rule = target.rule;
  switch (rule.shape) {
    case 'not-applicable':
      return verdict(target, 'not-applicable');
    case 'boolean':
      return judgeBoolean(context, target, year);
    case 'milestone':
      return judgeMilestone(context, target, year);
    case 'components-count':
      return judgeComponentsCount(context, target, rule, year);
    case 'cumulative':
      return judgeCumulative(context, target, rule, year);
    case 'threshold':
    case 'increment':
    case 'percent-increase':
    case 'percent-of-baseline':
    case 'points':
    case 'chosen-within-floor':
    case 'positive-progression':
      return judgeNumeric(context, target, rule.shape, year);
  }
}

const awaitingValue = (target: ResolvedTarget, year: number): TargetVerdict =>
  waiting(target, [`valeur ${year}`], false);

/** Up for "at least" targets, down for "at most" ones; "exactly" has no direction. */
function movedTowards(comparator: Comparator, actual: number, previous: number): boolean {
  if (comparator === '>=' || comparator === '>') return actual > previous;
  if (comparator === '<=' || comparator === '<') return actual < previous;
  return false;
}

function judgeNumeric(
  context: ResolutionContext,
  target: ResolvedTarget,
  shape: TargetRule['shape'],
  year: number,
): TargetVerdict {
  const { prepared, valueOf } = context;
  const actual = readNumber(prepared, valueOf(year), target.component);
  if (actual === undefined || typeof target.value !== 'number' || target.comparator === undefined) {
    return awaitingValue(target, year);
  }
  const shown = `réalisé ${formatQuantity(actual, readsAsPercent(prepared, target.component))}`;
  if (compare(actual, target.comparator, target.value)) return verdict(target, 'met', shown);
  // Progression is the target itself for this shape: moving is not "partly" reaching it.
  if (shape !== 'positive-progression') {
    const previous = readNumber(prepared, valueOf(year - 1), target.component);
    if (previous !== undefined && movedTowards(target.comparator, actual, previous)) {
      return verdict(target, 'partly-met', shown, `en progression par rapport à ${year - 1}`);
    }
  }
  return verdict(target, 'not-met', shown);
}

function judgeBoolean(context: ResolutionContext, target: ResolvedTarget, year: number): TargetVerdict {
  const actual = readBoolean(context.valueOf(year), target.component);
  if (actual === undefined) return awaitingValue(target, year);
  const shown = `déclaré ${formatBoolean(actual)}`;
  return verdict(target, actual === target.value ? 'met' : 'not-met', shown);
}

/**
 * A milestone year of a count (identify partners before counting projects)
 * is judged on the declared status, whatever number came with it. A number
 * alone says nothing of the milestone: the status is what is missing.
 */
function judgeMilestone(context: ResolutionContext, target: ResolvedTarget, year: number): TargetVerdict {
  const value = context.valueOf(year);
  const reading = readMilestone(value);
  switch (reading) {
    case undefined:
      if (hasFigures(value)) return waiting(target, [`jalon ${year}`], false);
      return awaitingValue(target, year);
    case 'reached':
      return verdict(target, 'met', 'déclaré atteint');
    case 'in-progress':
      return verdict(target, 'partly-met', 'déclaré en cours', 'jalon en cours');
    case 'not-reached':
      return verdict(target, 'not-met', 'déclaré non atteint');
  }
}

/** Whether something other than a milestone status was entered: a number, a fraction or components. */
function hasFigures(value: IndicatorValue | undefined): boolean {
  if (value === undefined) return false;
  return typeof value.value === 'number' || value.numerator !== undefined || value.components !== undefined;
}

function judgeComponentsCount(
  context: ResolutionContext,
  target: ResolvedTarget,
  rule: Extract<TargetRule, { shape: 'components-count' }>,
  year: number,
): TargetVerdict {
  const done = countDone(context.prepared, context.valueOf(year));
  if (done === undefined) return awaitingValue(target, year);
  const shown = `réalisé ${done}/${rule.of}`;
  if (done >= rule.required) return verdict(target, 'met', shown);
  if (done > 0) return verdict(target, 'partly-met', shown, 'une partie des éléments');
  return verdict(target, 'not-met', shown);
}

/** Every year of the cumulated span must be known: a gap would understate the total. */
function judgeCumulative(
  context: ResolutionContext,
  target: ResolvedTarget,
  rule: Extract<TargetRule, { shape: 'cumulative' }>,
  year: number,
): TargetVerdict {
  if (typeof target.value !== 'number' || target.comparator === undefined) {
    return awaitingValue(target, year);
  }
  const missing: string[] = [];
  let total = 0;
  for (let y = rule.fromYear; y <= year; y++) {
    const value = readNumber(context.prepared, context.valueOf(y), target.component);
    if (value === undefined) missing.push(`valeur ${y}`);
    else total += value;
  }
  if (missing.length > 0) return waiting(target, missing, false);
  const shown = `réalisé ${formatQuantity(total, readsAsPercent(context.prepared, target.component))} en cumul`;
  return verdict(target, compare(total, target.comparator, target.value) ? 'met' : 'not-met', shown);
}

/** All met is met; any pending waits; something met or partly met is partly met. */
export function combineJudgements(verdicts: readonly { judgement: Judgement }[]): Judgement {
  let relevant = 0;
  let met = 0;
  let someProgress = false;
  for (const { judgement } of verdicts) {
    if (judgement === 'not-applicable') continue;
    if (judgement === 'pending') return 'pending';
    relevant++;
    if (judgement === 'met') met++;
    if (judgement === 'met' || judgement === 'partly-met') someProgress = true;
  }
  if (relevant === 0) return 'not-applicable';
  if (met === relevant) return 'met';
  return someProgress ? 'partly-met' : 'not-met';
}
