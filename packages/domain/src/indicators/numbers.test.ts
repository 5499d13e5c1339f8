import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity, joinFrench } from './french-format.ts';
import { clean, compare, roundHalfUp, roundTo2 } from './numbers.ts';

describe('numbers', () => {
  it('removes floating-point noise', () => {
    expect(1.1 * 3).not.toBe(3.3);
    expect(clean(1.1 * 3)).toBe(3.3);
  });

  it('rounds half up, even where binary floats fall just short', () => {
    expect(roundHalfUp(762.2)).toBe(762);
    expect(roundHalfUp(762.5)).toBe(763);
    expect(roundHalfUp(1.005 * 1000)).toBe(1005);
    expect(roundHalfUp(-2.5)).toBe(-2);
    expect(roundTo2(36.663)).toBe(36.66);
    expect(roundTo2(1.005)).toBe(1.01);
  });

  it('compares with every comparator', () => {
    expect([
      compare(5, '>=', 5),
      compare(5, '>', 5),
      compare(5, '<=', 5),
      compare(5, '<', 5),
      compare(5, '=', 5),
    ]).toEqual([true, false, true, false, true]);
    expect(compare(0.1 + 0.2, '=', 0.3)).toBe(true);
  });

  it('is idempotent once rounded', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const once = roundHalfUp(x);
        expect(roundHalfUp(once)).toBe(once);
        expect(Math.abs(once - x)).toBeLessThanOrEqual(0.5 + 1e-6);
        const twice = roundTo2(roundTo2(x));
        expect(twice).toBe(roundTo2(x));
      }),
    );
  });
});

describe('French formatting', () => {
  it('uses a decimal comma and fr-FR grouping', () => {
    expect(formatNumber(12.4)).toBe('12,4');
    expect(formatNumber(1234.5)).toBe(new Intl.NumberFormat('fr-FR').format(1234.5));
    expect(formatQuantity(15, true)).toBe('15 %');
    expect(formatQuantity(762, false)).toBe('762');
  });

  it('joins lists the French way', () => {
    expect(joinFrench([])).toBe('');
    expect(joinFrench(['CHU'])).toBe('CHU');
    expect(joinFrench(['CHU', 'CH', 'ESPIC'])).toBe('CHU, CH et ESPIC');
  });
});

describe('formatNumber fast path', () => {
  it('prints exactly what Intl.NumberFormat fr-FR prints', () => {
    const intl = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    for (const fixed of [
      0, 0.004, 0.005, 0.015, 1.005, 9.995, 12.4, 99.999, 999.99, 999.994, 999.995, 1000, 1234.567, -3.5,
    ]) {
      expect(formatNumber(fixed)).toBe(intl.format(fixed));
    }
    fc.assert(
      fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), (x) => {
        expect(formatNumber(x)).toBe(intl.format(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('groups thousands and signs large and negative numbers as Intl does', () => {
    const intl = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
    for (const fixed of [
      -0,
      -0.001,
      1000.5,
      12_345.675,
      89_999.995,
      90_000.5,
      1_234_567,
      -987_654_321,
      1e15,
      1e21,
      Number.NaN,
      -Infinity,
    ]) {
      expect(formatNumber(fixed)).toBe(intl.format(fixed));
    }
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.maxSafeInteger(), fc.integer()), (x) => {
        expect(formatNumber(x)).toBe(intl.format(x));
      }),
      { numRuns: 5000 },
    );
  });
});
