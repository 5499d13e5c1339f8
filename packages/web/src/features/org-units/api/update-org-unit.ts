import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client.ts';
import { auditQueryKeyRoot } from '../../../lib/query-keys.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import type { UpdateOrgUnitBody } from '@jalon/contract/org-units/org-unit';
import { orgUnitKeys } from './org-unit-keys.ts';

export interface UpdateOrgUnitVariables {
  id: string;
  /** The version the user started editing; a newer one on the server answers 412. */
  version: number;
  input: UpdateOrgUnitBody;
}

export function updateOrgUnit({ id, version, input }: UpdateOrgUnitVariables): Promise<OrgUnitView> {
  return apiRequest<OrgUnitView>(`/org-units/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, version });
}

export function useUpdateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrgUnit,
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgUnitKeys.detail(unit.id), unit);
      await queryClient.invalidateQueries({ queryKey: orgUnitKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: auditQueryKeyRoot });
    },
    // On 412 the answer carries the version saved by someone else: show it on the page at once.
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT' && isOrgUnit(error.current)) {
        queryClient.setQueryData(orgUnitKeys.detail(error.current.id), error.current);
      }
    },
  });
}

export function isOrgUnit(value: unknown): value is OrgUnitView {
  return typeof value === 'object' && value !== null && 'id' in value && 'version' in value && 'kind' in value;
}
