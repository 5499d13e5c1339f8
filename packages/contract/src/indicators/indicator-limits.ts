/** Lengths and bounds the indicator requests accept; the web's forms use the same. */
export const INDICATOR_LIMITS = {
  search: 100,
  slug: 100,
  code: 60,
  note: 500,
  objective: 500,
  /** Why a target was negotiated with an establishment. */
  reason: 1000,
  yearMin: 2000,
  yearMax: 2100,
} as const;
