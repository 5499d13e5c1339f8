import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { VersionList } from '@jalon/contract/indicators/fiche';
import { indicatorKeys } from './indicator-keys.ts';

/** Edit history of a fiche, newest first. */
export function getIndicatorVersions(
  code: string,
  catalogue: string | undefined,
  signal?: AbortSignal,
): Promise<VersionList> {
  return apiRequest<VersionList>(`/indicators/${encodeURIComponent(code)}/versions`, {
    query: { catalogue },
    ...(signal ? { signal } : {}),
  });
}

export function getIndicatorVersionsQueryOptions(code: string, catalogue: string | undefined) {
  return queryOptions({
    queryKey: indicatorKeys.versions(code, catalogue),
    queryFn: ({ signal }) => getIndicatorVersions(code, catalogue, signal),
  });
}

export function useIndicatorVersions(code: string, catalogue: string | undefined) {
  return useQuery(getIndicatorVersionsQueryOptions(code, catalogue));
}
