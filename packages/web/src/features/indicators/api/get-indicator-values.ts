import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { StoredValueList } from '@jalon/contract/indicators/establishment-targets';

/** Under the feature's root key, so whatever refreshes the indicators refreshes the values too. */
export const indicatorValuesKeys = {
  establishment: (orgUnitId: string) => ['indicators', 'values', orgUnitId] as const,
  year: (orgUnitId: string, catalogue: string, year: number) =>
    ['indicators', 'values', orgUnitId, catalogue, year] as const,
};

/** The values an establishment reported for one year of a catalogue, each with the version to send when replacing it. */
export function getIndicatorValues(
  orgUnitId: string,
  catalogue: string,
  year: number,
  signal?: AbortSignal,
): Promise<StoredValueList> {
  return apiRequest<StoredValueList>(`/establishments/${encodeURIComponent(orgUnitId)}/indicator-values`, {
    query: { catalogue, year },
    ...(signal ? { signal } : {}),
  });
}

export function getIndicatorValuesQueryOptions(orgUnitId: string, catalogue: string, year: number) {
  return queryOptions({
    queryKey: indicatorValuesKeys.year(orgUnitId, catalogue, year),
    queryFn: ({ signal }) => getIndicatorValues(orgUnitId, catalogue, year, signal),
    // The version decides whether a save replaces or conflicts: always ask for the current one.
    staleTime: 0,
  });
}

export function useIndicatorValues(orgUnitId: string, catalogue: string, year: number) {
  return useQuery(getIndicatorValuesQueryOptions(orgUnitId, catalogue, year));
}
