import type { CatalogueSummary } from '@jalon/contract/indicators/fiche';

/** Years any installed catalogue covers; this year alone when none is installed. */
export function cpomPeriod(catalogues: readonly CatalogueSummary[], thisYear: number): { from: number; to: number } {
  if (catalogues.length === 0) return { from: thisYear, to: thisYear };
  return {
    from: Math.min(...catalogues.map((catalogue) => catalogue.period.from)),
    to: Math.max(...catalogues.map((catalogue) => catalogue.period.to)),
  };
}

/**
 * The years a summary shows: the last one whose values should all be in (the
 * year before this one), and this year, whose values are still due. Both are
 * brought inside the period; one year only when they meet.
 */
export function summaryYears(period: { from: number; to: number }, thisYear: number): number[] {
  const clamp = (year: number) => Math.min(Math.max(year, period.from), period.to);
  return [...new Set([clamp(thisYear - 1), clamp(thisYear)])];
}
