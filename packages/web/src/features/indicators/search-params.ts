import { INDICATOR_KINDS, type IndicatorKind } from '@jalon/contract/indicators/fiche';

/** Search params of the indicator pages, read from the address: anything malformed is dropped, never trusted. */

export interface IndicatorsSearch {
  catalogue?: string;
  q?: string;
  /** Kind of indicator shown alone. */
  type?: IndicatorKind;
  /** Strategic objective shown alone, as the fiches word it. */
  objectif?: string;
  page?: number;
}

export interface IndicatorSearch {
  catalogue?: string;
}

export interface TargetsSearch {
  annee?: number;
}

const SLUG = /^[a-z0-9-]{1,100}$/;

function catalogueOf(value: unknown): string | undefined {
  return typeof value === 'string' && SLUG.test(value) ? value : undefined;
}

export function indicatorsSearch(search: Record<string, unknown>): IndicatorsSearch {
  const result: IndicatorsSearch = {};
  const catalogue = catalogueOf(search.catalogue);
  if (catalogue) result.catalogue = catalogue;
  if (typeof search.q === 'string' && search.q.trim() !== '') result.q = search.q;
  const type = INDICATOR_KINDS.find((kind) => kind === search.type);
  if (type) result.type = type;
  if (typeof search.objectif === 'string' && search.objectif.trim() !== '' && search.objectif.length <= 500)
    result.objectif = search.objectif;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) result.page = page;
  return result;
}

export function indicatorSearch(search: Record<string, unknown>): IndicatorSearch {
  const catalogue = catalogueOf(search.catalogue);
  return catalogue ? { catalogue } : {};
}

export function targetsSearch(search: Record<string, unknown>): TargetsSearch {
  const year = Number(search.annee);
  // Years the domain accepts at all; the server says whether the CPOM covers it.
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? { annee: year } : {};
}

/** This year, brought inside the period: the year people most likely want to look at. */
export function clampYear(year: number, period: { from: number; to: number }): number {
  return Math.min(Math.max(year, period.from), period.to);
}

export function yearsOf(period: { from: number; to: number }): number[] {
  return Array.from({ length: Math.max(0, period.to - period.from + 1) }, (_, index) => period.from + index);
}
