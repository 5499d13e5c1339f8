import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { auditQueryKeyRoot } from '../../../lib/query-keys.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { orgUnitKeys } from './org-unit-keys.ts';

export interface MoveOrgUnitVariables {
  id: string;
  version: number;
  parentId: string;
}

export function moveOrgUnit({ id, version, parentId }: MoveOrgUnitVariables): Promise<OrgUnitView> {
  return apiRequest<OrgUnitView>(`/org-units/${encodeURIComponent(id)}/move`, {
    method: 'POST',
    body: { parentId },
    version,
  });
}

export function useMoveOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveOrgUnit,
    // A move changes two parents' child counts and every descendant's path.
    onSuccess: async (unit) => {
      queryClient.setQueryData(orgUnitKeys.detail(unit.id), unit);
      await queryClient.invalidateQueries({ queryKey: orgUnitKeys.all });
      await queryClient.invalidateQueries({ queryKey: auditQueryKeyRoot });
    },
  });
}
