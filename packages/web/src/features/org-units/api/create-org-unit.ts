import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import type { CreateOrgUnitBody } from '@jalon/contract/org-units/org-unit';
import { orgUnitKeys } from './org-unit-keys.ts';

export function createOrgUnit(input: CreateOrgUnitBody): Promise<OrgUnitView> {
  return apiRequest<OrgUnitView>('/org-units', { method: 'POST', body: input });
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
