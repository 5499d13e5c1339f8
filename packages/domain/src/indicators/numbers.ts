import type { Comparator } from './indicator-definition.ts';

/**
 * Removes binary floating-point noise (1.1 × 3 = 3.3000000000000003) so
 * that rounding and comparisons behave as the fiches' arithmetic does on paper.
 */
export function clean(value: number): number {
  if (Number.isInteger(value)) return value;
  // Snapping to 9 decimals is exact enough for counts and rates, and far cheaper than toPrecision.
  const scaled = value * 1e9;
  return Math.abs(scaled) < 9e15 ? Math.round(scaled) / 1e9 : value;
}

/** Half up, as the fiches round: 762.5 → 763, -2.5 → -2. */
export function roundHalfUp(value: number): number {
  return Math.floor(clean(value) + 0.5);
}

/** Two decimals, half up: the precision a rate target is shown with. */
export function roundTo2(value: number): number {
  return roundHalfUp(value * 100) / 100;
}

export function compare(actual: number, comparator: Comparator, expected: number): boolean {
  const a = clean(actual);
  const e = clean(expected);
  switch (comparator) {
    case '>=':
      return a >= e;
    case '>':
      return a > e;
    case '<=':
      return a <= e;
    case '<':
      return a < e;
    case '=':
      return a === e;
  }
}
