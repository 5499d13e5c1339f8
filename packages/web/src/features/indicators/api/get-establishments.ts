import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Page } from '@jalon/contract/common/page';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { indicatorKeys } from './indicator-keys.ts';

export interface EstablishmentsParams {
  /** Accent-insensitive search on name, short name and FINESS; without it, the first establishments of the scope. */
  q?: string;
  pageSize?: number;
}

/** Establishments in the caller's scope, the ones whose CPOM targets can be opened. */
export function getEstablishments(params: EstablishmentsParams, signal?: AbortSignal): Promise<Page<OrgUnitView>> {
  return apiRequest<Page<OrgUnitView>>('/org-units', {
    query: { kind: 'establishment', ...params },
    ...(signal ? { signal } : {}),
  });
}

export function getEstablishmentsQueryOptions(params: EstablishmentsParams) {
  return queryOptions({
    queryKey: [...indicatorKeys.establishments(), params],
    queryFn: ({ signal }) => getEstablishments(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEstablishments(params: EstablishmentsParams) {
  return useQuery(getEstablishmentsQueryOptions(params));
}
