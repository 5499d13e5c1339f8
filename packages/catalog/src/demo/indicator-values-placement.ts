import type { Comparator, IndicatorDefinition, TargetRule } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { compare } from '@jalon/domain/indicators/numbers';
import { resolveTargets, type ResolvedTarget } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { readFigure, withFigure, type Rounding } from './indicator-values-evolution.ts';
import type { DemoRandom } from './indicator-values-random.ts';

/**
 * Moves a year's natural figures to one side of the targets the engine
 * resolves for them, so that the demo shows met targets beside missed ones
 * on purpose rather than by accident of the drift. Only the figures a target
 * judges move; the rest keeps its natural value.
 */

export type Outcome = 'met' | 'short';

export interface PlacementInput {
  indicator: IndicatorDefinition;
  establishment: EstablishmentProfile;
  /** Earlier years' values, which relative targets grow from. */
  history: readonly IndicatorValue[];
  natural: IndicatorValue;
  outcome: Outcome;
  rng: DemoRandom;
}

type Rule<S extends TargetRule['shape']> = Extract<TargetRule, { shape: S }>;

function targetsFor(input: PlacementInput, value: IndicatorValue): ResolvedTarget[] {
  const { establishment, indicator } = input;
  return resolveTargets({ establishment, indicator, year: value.year, history: [...input.history, value] });
}

/** An establishment's own choice, a little above the fiche's floor: ambitious, not reckless. */
function chooseTarget(indicator: IndicatorDefinition, rule: Rule<'chosen-within-floor'>, rng: DemoRandom): number {
  const ceiling = indicator.kind.type === 'rate' && indicator.kind.share !== false ? indicator.kind.scale : Infinity;
  const raised = rule.floor + rng.int(0, 2) * Math.max(1, Math.round(Math.abs(rule.floor) * 0.25));
  const chosen = Math.min(ceiling, raised);
  // A strict floor ("> 5") needs one step more than the floor itself.
  return rule.comparator === '>' && chosen <= rule.floor ? rule.floor + 1 : chosen;
}

/** The figure to aim at and the rounding that keeps it on the intended side of the target. */
function aim(
  comparator: Comparator,
  target: number,
  meet: boolean,
  rng: DemoRandom,
): { wanted: number; rounding: Rounding } {
  if (comparator === '=') return { wanted: meet || target === 0 ? target : target - 1, rounding: 'down' };
  const atLeast = comparator === '>=' || comparator === '>';
  const step = Math.max(Math.abs(target) * 0.02, 0.01);
  if (meet) {
    const wanted = atLeast ? target * rng.between(1, 1.12) : target * rng.between(0.88, 1);
    const strict = comparator === '>' || comparator === '<';
    const nudged = strict ? (atLeast ? Math.max(wanted, target + step) : Math.min(wanted, target - step)) : wanted;
    return { wanted: nudged, rounding: atLeast ? 'up' : 'down' };
  }
  const wanted = atLeast ? target * rng.between(0.8, 0.97) : target * rng.between(1.03, 1.2);
  return {
    wanted: atLeast ? Math.min(wanted, target - step) : Math.max(wanted, target + step),
    rounding: atLeast ? 'down' : 'up',
  };
}

function withMilestone(
  indicator: IndicatorDefinition,
  value: IndicatorValue,
  meet: boolean,
  rng: DemoRandom,
): IndicatorValue {
  if (indicator.kind.type !== 'milestone') return { ...value, milestoneReached: meet };
  const status = meet ? 'reached' : rng.pick(['in-progress', 'in-progress', 'not-started'] as const);
  return { ...value, value: status, milestoneReached: meet };
}

function withBoolean(value: IndicatorValue, component: string | undefined, answer: boolean): IndicatorValue {
  if (component === undefined) return { ...value, value: answer };
  return { ...value, components: { ...value.components, [component]: answer } };
}

const isDone = (part: unknown): boolean => part === true || (typeof part === 'number' && part > 0);

/**
 * Enough components done (yes, or at least one) to meet `required`, or one
 * short of it; a natural value already on that side stays as it is.
 */
function withComponentsDone(
  indicator: IndicatorDefinition,
  value: IndicatorValue,
  required: number,
  meet: boolean,
  rng: DemoRandom,
): IndicatorValue {
  const doneNow = Object.values(value.components ?? {}).filter(isDone).length;
  if (value.components !== undefined && doneNow >= required === meet) return value;
  const done = meet ? required : required - 1;
  if (indicator.kind.type !== 'components') return { ...value, value: Math.max(0, done) };
  const keys = indicator.kind.components
    .map((c) => ({ component: c, order: rng.next() }))
    .sort((a, b) => a.order - b.order);
  const components = { ...value.components };
  keys.forEach(({ component }, index) => {
    const doneHere = index < done;
    const current = components[component.key];
    if (component.valueType === 'boolean') components[component.key] = doneHere;
    else components[component.key] = doneHere ? Math.max(1, typeof current === 'number' ? current : 1) : 0;
  });
  return { ...value, components };
}

function placeOne(input: PlacementInput, value: IndicatorValue, target: ResolvedTarget, meet: boolean): IndicatorValue {
  const { indicator, rng } = input;
  const rule = target.rule;
  if (target.status !== 'resolved' || rule === undefined) return value;
  switch (rule.shape) {
    case 'boolean':
      return withBoolean(value, target.component, meet ? rule.expected : !rule.expected);
    case 'milestone':
      return withMilestone(indicator, value, meet, rng);
    case 'components-count':
      return withComponentsDone(indicator, value, rule.required, meet, rng);
    case 'cumulative':
    case 'not-applicable':
      // A running total is judged over several years; nothing to aim at within one.
      return value;
    case 'threshold':
    case 'increment':
    case 'percent-increase':
    case 'percent-of-baseline':
    case 'points':
    case 'chosen-within-floor':
    case 'positive-progression':
      return placeNumeric(input, value, target, meet);
  }
}

/** A figure between last year's and the target, when whole units leave room for one. */
function towardsTarget(
  input: PlacementInput,
  value: IndicatorValue,
  target: ResolvedTarget,
  atLeast: boolean,
): IndicatorValue | undefined {
  const { indicator, rng } = input;
  const { comparator, value: expected, component } = target;
  const last = input.history.at(-1);
  const previous = last === undefined ? undefined : readFigure(indicator, last, component);
  if (previous === undefined || typeof expected !== 'number' || comparator === undefined) return undefined;
  if ((expected - previous) * (atLeast ? 1 : -1) <= 0) return undefined;
  const wanted = previous + (expected - previous) * rng.between(0.4, 0.9);
  const placed = withFigure(indicator, value, component, wanted, atLeast ? 'down' : 'up');
  const figure = readFigure(indicator, placed, component);
  const between = figure !== undefined && figure !== previous && !compare(figure, comparator, expected);
  return between ? placed : undefined;
}

/**
 * A figure already on the intended side keeps its natural value. A miss
 * lands, two times in three, between last year's figure and the target, which
 * the engine reads as partly met: progress, not yet enough.
 */
function placeNumeric(
  input: PlacementInput,
  value: IndicatorValue,
  target: ResolvedTarget,
  meet: boolean,
): IndicatorValue {
  const { indicator, rng } = input;
  const { comparator, value: expected, component } = target;
  if (typeof expected !== 'number' || comparator === undefined) return value;
  const atLeast = comparator === '>=' || comparator === '>';
  if (!meet && rng.chance(0.65)) {
    const progress = towardsTarget(input, value, target, atLeast);
    if (progress !== undefined) return progress;
  }
  const current = readFigure(indicator, value, component);
  if (current !== undefined && compare(current, comparator, expected) === meet) return value;
  const { wanted, rounding } = aim(comparator, expected, meet, rng);
  return withFigure(indicator, value, component, wanted, rounding);
}

/**
 * The natural value moved so that every resolved target is met, or so that
 * one of them, drawn at random, is missed. A fiche that lets the
 * establishment choose its target gets that choice first.
 */
export function placeAroundTargets(input: PlacementInput): IndicatorValue {
  const { indicator, rng } = input;
  let value = input.natural;
  let targets = targetsFor(input, value);
  const chosen = targets.find((t) => t.rule?.shape === 'chosen-within-floor')?.rule;
  if (chosen?.shape === 'chosen-within-floor') {
    value = { ...value, chosenTarget: chooseTarget(indicator, chosen, rng) };
    targets = targetsFor(input, value);
  }
  const judged = targets.filter((t) => t.status === 'resolved');
  const missed = input.outcome === 'short' && judged.length > 0 ? rng.int(0, judged.length - 1) : -1;
  judged.forEach((target, index) => {
    value = placeOne(input, value, target, index !== missed);
  });
  return value;
}
