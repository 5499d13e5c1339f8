import { DomainError } from '../errors.ts';

/** A span of whole years, both ends included: a contract's, or a fiche's measurement period. */
export interface YearPeriod {
  from: number;
  to: number;
}

export function isYearInPeriod(year: number, period: YearPeriod): boolean {
  return Number.isInteger(year) && year >= period.from && year <= period.to;
}

/**
 * Throws `YEAR_OUT_OF_PERIOD` on the `year` field when the year lies outside
 * the period. `periodName` completes "hors de …", e.g. "la période du contrat".
 */
export function assertYearInPeriod(
  year: number,
  period: YearPeriod,
  periodName: string,
  details: Record<string, unknown> = {},
): void {
  if (isYearInPeriod(year, period)) return;
  throw new DomainError(
    'YEAR_OUT_OF_PERIOD',
    `L’année ${year} est hors de ${periodName} (${period.from}-${period.to}).`,
    {
      field: ['year'],
      details: { year, from: period.from, to: period.to, ...details },
    },
  );
}

/**
 * The years an establishment reports values for under a contract: from the
 * year before it (the reference of its first increments), or the fiche's own
 * baseline when older, to its last year.
 */
export function valueYears(contract: YearPeriod, baselineYear: number | undefined): YearPeriod {
  return { from: Math.min(contract.from - 1, baselineYear ?? contract.from), to: contract.to };
}
