import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { OverrideList } from '@jalon/contract/indicators/negotiated-target';

/** Under the feature's root key, so whatever refreshes an establishment's targets refreshes these too. */
export const targetOverridesKeys = {
  establishment: (orgUnitId: string) => ['indicators', 'target-overrides', orgUnitId] as const,
  year: (orgUnitId: string, catalogue: string, year: number) =>
    ['indicators', 'target-overrides', orgUnitId, catalogue, year] as const,
};

/** The targets the ARS negotiated with an establishment for one year, each with the version to send when replacing it. */
export function getTargetOverrides(
  orgUnitId: string,
  catalogue: string,
  year: number,
  signal?: AbortSignal,
): Promise<OverrideList> {
  return apiRequest<OverrideList>(`/establishments/${encodeURIComponent(orgUnitId)}/target-overrides`, {
    query: { catalogue, year },
    ...(signal ? { signal } : {}),
  });
}

export function getTargetOverridesQueryOptions(orgUnitId: string, catalogue: string, year: number) {
  return queryOptions({
    queryKey: targetOverridesKeys.year(orgUnitId, catalogue, year),
    queryFn: ({ signal }) => getTargetOverrides(orgUnitId, catalogue, year, signal),
    // The version decides whether a save replaces or conflicts: always ask for the current one.
    staleTime: 0,
  });
}

export function useTargetOverrides(orgUnitId: string, catalogue: string, year: number) {
  return useQuery(getTargetOverridesQueryOptions(orgUnitId, catalogue, year));
}
