import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue, MilestoneStatus } from '@jalon/domain/indicators/indicator-value';
import type { DemoRandom } from './indicator-values-random.ts';

/**
 * How a demo establishment's figures move from one year to the next, and how
 * to read or set the one figure a target looks at. The next year starts from
 * the previous one with modest drift, as real activity does; the placement
 * around targets then moves only the figures a target judges.
 */

type Components = NonNullable<IndicatorValue['components']>;

const NEXT_STATUS: Readonly<Record<MilestoneStatus, readonly [MilestoneStatus, ...MilestoneStatus[]]>> = {
  'not-started': ['not-started', 'in-progress', 'in-progress'],
  'in-progress': ['in-progress', 'reached', 'reached'],
  reached: ['reached'],
};

const isStatus = (value: unknown): value is MilestoneStatus =>
  value === 'not-started' || value === 'in-progress' || value === 'reached';

function driftCount(count: number, rng: DemoRandom): number {
  // Small counts move by whole units, large ones by a few per cent.
  if (count < 8) return Math.max(0, count + rng.int(-1, 2));
  return Math.round(count * rng.between(0.95, 1.12));
}

function driftComponents(indicator: IndicatorDefinition, components: Components, rng: DemoRandom): Components {
  const types = new Map(
    indicator.kind.type === 'components' ? indicator.kind.components.map((c) => [c.key, c.valueType]) : [],
  );
  const next: Components = {};
  for (const [key, part] of Object.entries(components)) {
    if (typeof part === 'boolean') next[key] = part || rng.chance(0.4);
    else if (typeof part !== 'number') next[key] = part;
    else if (types.get(key) === 'rate') next[key] = Math.min(100, Math.max(0, Math.round(part + rng.between(-3, 6))));
    else next[key] = driftCount(part, rng);
  }
  return next;
}

/** The natural value of the year after `previous`: the same shape, moved a little. */
export function nextYearFigures(
  indicator: IndicatorDefinition,
  previous: IndicatorValue,
  rng: DemoRandom,
): IndicatorValue {
  const next: IndicatorValue = { year: previous.year + 1 };
  const kind = indicator.kind;
  if (kind.type === 'rate' && previous.numerator !== undefined && previous.denominator !== undefined) {
    const denominator = Math.max(1, Math.round(previous.denominator * rng.between(0.97, 1.05)));
    const rate = (previous.numerator / previous.denominator) * rng.between(0.92, 1.2);
    const numerator = Math.round(rate * denominator);
    return { ...next, numerator: kind.share === false ? numerator : Math.min(denominator, numerator), denominator };
  }
  if (previous.components !== undefined)
    return { ...next, components: driftComponents(indicator, previous.components, rng) };
  const value = previous.value;
  if (typeof value === 'number') return { ...next, value: driftCount(value, rng) };
  if (typeof value === 'boolean') return { ...next, value: value ? rng.chance(0.95) : rng.chance(0.4) };
  if (isStatus(value)) {
    const status = rng.pick(NEXT_STATUS[value]);
    return { ...next, value: status, milestoneReached: status === 'reached' };
  }
  if (typeof value === 'string') return { ...next, value: value.replace(/^\d{4}/, String(next.year)) };
  return next;
}

/** The figure a numeric target reads: a component, a rate from its fraction, a count, or a total of components. */
export function readFigure(
  indicator: IndicatorDefinition,
  value: IndicatorValue,
  component: string | undefined,
): number | undefined {
  if (component !== undefined) {
    const part = value.components?.[component];
    return typeof part === 'number' ? part : undefined;
  }
  if (
    indicator.kind.type === 'rate' &&
    value.numerator !== undefined &&
    value.denominator !== undefined &&
    value.denominator > 0
  ) {
    return (value.numerator / value.denominator) * indicator.kind.scale;
  }
  if (typeof value.value === 'number') return value.value;
  if (value.components === undefined) return undefined;
  return Object.values(value.components).reduce<number>((sum, part) => sum + (typeof part === 'number' ? part : 0), 0);
}

export type Rounding = 'up' | 'down';

const rounded = (wanted: number, rounding: Rounding): number =>
  // Snap float noise first, so 1.1 × 3 does not round up to 4.
  rounding === 'up' ? Math.ceil(Math.round(wanted * 1e9) / 1e9) : Math.floor(Math.round(wanted * 1e9) / 1e9);

/**
 * The value with the figure a target reads set as close to `wanted` as the
 * kind allows, rounding in the direction that keeps the intended side of the
 * target: whole counts, a numerator over the same denominator, a rate
 * component to one decimal.
 */
export function withFigure(
  indicator: IndicatorDefinition,
  value: IndicatorValue,
  component: string | undefined,
  wanted: number,
  rounding: Rounding,
): IndicatorValue {
  const kind = indicator.kind;
  if (component !== undefined) {
    const rate = kind.type === 'components' && kind.components.find((c) => c.key === component)?.valueType === 'rate';
    const part = rate
      ? Math.min(100, Math.max(0, rounded(wanted * 10, rounding) / 10))
      : Math.max(0, rounded(wanted, rounding));
    return { ...value, components: { ...value.components, [component]: part } };
  }
  if (kind.type === 'rate') {
    const denominator = value.denominator ?? 100;
    const numerator = Math.max(0, rounded((wanted * denominator) / kind.scale, rounding));
    const { value: _derived, ...rest } = value;
    return { ...rest, numerator: kind.share === false ? numerator : Math.min(denominator, numerator), denominator };
  }
  if (value.components !== undefined) return withTotal(value.components, value, Math.max(0, rounded(wanted, rounding)));
  return { ...value, value: Math.max(0, rounded(wanted, rounding)) };
}

/** A total over components reached by moving the largest one, which absorbs the change most plausibly. */
function withTotal(components: Components, value: IndicatorValue, total: number): IndicatorValue {
  const counts = Object.entries(components).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  const largest = counts.reduce<[string, number] | undefined>(
    (best, entry) => (best === undefined || entry[1] > best[1] ? entry : best),
    undefined,
  );
  if (largest === undefined) return value;
  const others = counts.reduce((sum, [, part]) => sum + part, 0) - largest[1];
  return { ...value, components: { ...components, [largest[0]]: Math.max(0, total - others) } };
}
