import type { Capacity, CpomTier } from './establishment.ts';

/**
 * Bed count from which an establishment falls in the largest CPOM tier.
 *
 * The Occitanie CPOM 2025-2029 fiches label their rows "more than 500 beds"
 * (> 500), "100 to 499 beds" and "under 100 beds". Read literally, exactly 500
 * beds would belong to no row; since the middle row stops at 499, 500 must go
 * up, so the upper tier starts at 500.
 */
const OVER_500_FROM = 500;
const MIDDLE_FROM = 100;

/**
 * CPOM tier for a number of beds. Beds mean full hospitalisation
 * (hospitalisation complète) only: day places do not count toward the tier.
 */
export function cpomTierForBeds(beds: number): CpomTier {
  if (!Number.isInteger(beds) || beds < 0) {
    throw new RangeError(`A bed count is a non-negative integer, got ${beds}`);
  }
  if (beds >= OVER_500_FROM) return 'over-500';
  if (beds >= MIDDLE_FROM) return '100-499';
  return 'under-100';
}

/**
 * CPOM tier of a given year, from that year's declared capacity. A year
 * without capacity has no tier: taking the nearest year would silently apply
 * another tier's targets, so callers must treat it as "awaiting data".
 */
export function cpomTierForYear(capacities: readonly Capacity[], year: number): CpomTier | undefined {
  const capacity = capacities.find((c) => c.year === year);
  return capacity === undefined ? undefined : cpomTierForBeds(capacity.beds);
}
