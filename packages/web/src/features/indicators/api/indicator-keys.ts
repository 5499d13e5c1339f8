/** Query keys of the indicators feature: catalogues, fiches and an establishment's targets. */
export const indicatorKeys = {
  all: ['indicators'] as const,
  catalogues: () => ['indicators', 'catalogues'] as const,
  lists: () => ['indicators', 'list'] as const,
  detail: (code: string, catalogue: string | undefined) => ['indicators', 'detail', code, catalogue ?? null] as const,
  versions: (code: string, catalogue: string | undefined) =>
    ['indicators', 'versions', code, catalogue ?? null] as const,
  establishments: () => ['indicators', 'establishments'] as const,
  targets: (orgUnitId: string, year: number | undefined) => ['indicators', 'targets', orgUnitId, year ?? null] as const,
};
