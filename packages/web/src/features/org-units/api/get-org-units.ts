import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Page } from '@jalon/contract/common/page';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { orgUnitKeys } from './org-unit-keys.ts';

export interface OrgUnitsParams {
  /** Direct children of this unit; without parent nor q, the caller's scope roots. */
  parent?: string;
  /** Accent-insensitive search on name, short name and FINESS. */
  q?: string;
  kind?: OrgUnitKind;
  page?: number;
  pageSize?: number;
}

export function getOrgUnits(params: OrgUnitsParams, signal?: AbortSignal): Promise<Page<OrgUnitView>> {
  return apiRequest<Page<OrgUnitView>>('/org-units', {
    query: { ...params },
    ...(signal ? { signal } : {}),
  });
}

export function getOrgUnitsQueryOptions(params: OrgUnitsParams) {
  return queryOptions({
    queryKey: [...orgUnitKeys.lists(), params],
    queryFn: ({ signal }) => getOrgUnits(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrgUnits(params: OrgUnitsParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getOrgUnitsQueryOptions(params), enabled: options.enabled ?? true });
}
