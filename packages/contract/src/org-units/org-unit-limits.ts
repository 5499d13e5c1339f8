/** Lengths and counts the organisation requests accept; the web's inputs use the same. */
export const ORG_LIMITS = { name: 200, shortName: 60, search: 100, capacities: 30 } as const;
