import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { VersionDetail } from '@jalon/contract/indicators/fiche';
import { indicatorKeys } from './indicator-keys.ts';

/** One kept version of a fiche, whole. */
export function getIndicatorVersion(
  code: string,
  catalogue: string,
  version: number,
  signal?: AbortSignal,
): Promise<VersionDetail> {
  return apiRequest<VersionDetail>(`/indicators/${encodeURIComponent(code)}/versions/${version}`, {
    query: { catalogue },
    ...(signal ? { signal } : {}),
  });
}

export function getIndicatorVersionQueryOptions(code: string, catalogue: string, version: number) {
  return queryOptions({
    queryKey: [...indicatorKeys.versions(code, catalogue), version],
    queryFn: ({ signal }) => getIndicatorVersion(code, catalogue, version, signal),
    // A kept version never changes.
    staleTime: Infinity,
  });
}

export function useIndicatorVersion(code: string, catalogue: string, version: number | null) {
  return useQuery({ ...getIndicatorVersionQueryOptions(code, catalogue, version ?? 0), enabled: version !== null });
}
