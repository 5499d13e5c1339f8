import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { OrgUnit } from '../../../types/api.ts';
import type { CreateOrgUnitInput } from './org-unit-input.ts';
import { orgUnitKeys } from './org-unit-keys.ts';

export function createOrgUnit(input: CreateOrgUnitInput): Promise<OrgUnit> {
  return apiRequest<OrgUnit>('/org-units', { method: 'POST', body: input });
}

export function useCreateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrgUnit,
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgUnitKeys.detail(unit.id), unit);
      await queryClient.invalidateQueries({ queryKey: orgUnitKeys.lists() });
      // The parent's child count changed.
      if (unit.parentId) await queryClient.invalidateQueries({ queryKey: orgUnitKeys.detail(unit.parentId) });
    },
  });
}
