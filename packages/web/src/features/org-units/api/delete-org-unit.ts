import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { orgUnitKeys } from './org-unit-keys.ts';

export interface DeleteOrgUnitVariables {
  id: string;
  version: number;
  parentId: string | null;
}

export function deleteOrgUnit({ id, version }: DeleteOrgUnitVariables): Promise<void> {
  return apiRequest<void>(`/org-units/${encodeURIComponent(id)}`, { method: 'DELETE', version });
}

export function useDeleteOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrgUnit,
    onSuccess: async (_, { id, parentId }) => {
      queryClient.removeQueries({ queryKey: orgUnitKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: orgUnitKeys.lists() });
      if (parentId) await queryClient.invalidateQueries({ queryKey: orgUnitKeys.detail(parentId) });
    },
  });
}
