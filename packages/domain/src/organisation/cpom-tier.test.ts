import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpomTierForBeds, cpomTierForYear } from './cpom-tier.ts';
import type { Capacity } from './establishment.ts';

describe('cpomTierForBeds', () => {
  it.each([
    [0, 'under-100'],
    [99, 'under-100'],
    [100, '100-499'],
    [499, '100-499'],
    [500, 'over-500'],
    [501, 'over-500'],
    [2980, 'over-500'],
  ] as const)('%i beds → %s', (beds, tier) => {
    expect(cpomTierForBeds(beds)).toBe(tier);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d beds', (beds) => {
    expect(() => cpomTierForBeds(beds)).toThrow(RangeError);
  });

  it('never puts more beds in a smaller tier', () => {
    const rank = { 'under-100': 0, '100-499': 1, 'over-500': 2 } as const;
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank[cpomTierForBeds(low)]).toBeLessThanOrEqual(rank[cpomTierForBeds(high)]);
      }),
    );
  });
});

describe('cpomTierForYear', () => {
  const capacities: Capacity[] = [
    { year: 2024, beds: 480, places: 60 },
    { year: 2025, beds: 505, places: 40 },
    { year: 2026, beds: 90, places: 300 },
  ];

  it("uses that year's beds", () => {
    expect(cpomTierForYear(capacities, 2024)).toBe('100-499');
    expect(cpomTierForYear(capacities, 2025)).toBe('over-500');
  });

  it('ignores places: many day places do not lift a small establishment', () => {
    expect(cpomTierForYear(capacities, 2026)).toBe('under-100');
  });

  it('has no tier for a year without capacity', () => {
    expect(cpomTierForYear(capacities, 2027)).toBeUndefined();
    expect(cpomTierForYear([], 2025)).toBeUndefined();
  });
});
