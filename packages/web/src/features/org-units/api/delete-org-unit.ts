import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Page } from '@jalon/contract/common/page';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { orgUnitKeys } from './org-unit-keys.ts';

export interface DeleteOrgUnitVariables {
  id: string;
  version: number;
  parentId: string | null;
}

export function deleteOrgUnit({ id, version }: DeleteOrgUnitVariables): Promise<void> {
  return apiRequest<void>(`/org-units/${encodeURIComponent(id)}`, { method: 'DELETE', version });
}

/** A cached list without the deleted unit, so no page shows a link to it while lists refetch. */
export function withoutUnit(page: Page<OrgUnitView> | undefined, id: string): Page<OrgUnitView> | undefined {
  if (!page || !page.items.some((unit) => unit.id === id)) return page;
  return { ...page, items: page.items.filter((unit) => unit.id !== id), total: page.total - 1 };
}

export function useDeleteOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrgUnit,
    onSuccess: async (_, { id, parentId }) => {
      queryClient.removeQueries({ queryKey: orgUnitKeys.detail(id) });
      queryClient.setQueriesData<Page<OrgUnitView>>({ queryKey: orgUnitKeys.lists() }, (page) => withoutUnit(page, id));
      await queryClient.invalidateQueries({ queryKey: orgUnitKeys.lists() });
      if (parentId) await queryClient.invalidateQueries({ queryKey: orgUnitKeys.detail(parentId) });
    },
  });
}
