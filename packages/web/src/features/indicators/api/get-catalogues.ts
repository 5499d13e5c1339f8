import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { CatalogueList } from '@jalon/contract/indicators/fiche';
import { indicatorKeys } from './indicator-keys.ts';

export function getCatalogues(signal?: AbortSignal): Promise<CatalogueList> {
  return apiRequest<CatalogueList>('/catalogues', signal ? { signal } : {});
}

export function getCataloguesQueryOptions() {
  return queryOptions({
    queryKey: indicatorKeys.catalogues(),
    queryFn: ({ signal }) => getCatalogues(signal),
    // Catalogues change with a release, not during a visit.
    staleTime: 5 * 60_000,
  });
}

export function useCatalogues() {
  return useQuery(getCataloguesQueryOptions());
}
