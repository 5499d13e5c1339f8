import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { orgUnitKeys } from './org-unit-keys.ts';

export function getOrgUnit(id: string, signal?: AbortSignal): Promise<OrgUnitView> {
  return apiRequest<OrgUnitView>(`/org-units/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

export function getOrgUnitQueryOptions(id: string) {
  return queryOptions({ queryKey: orgUnitKeys.detail(id), queryFn: ({ signal }) => getOrgUnit(id, signal) });
}

export function useOrgUnit(id: string) {
  return useQuery(getOrgUnitQueryOptions(id));
}
