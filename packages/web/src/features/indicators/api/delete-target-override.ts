import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { refreshNegotiated } from './put-target-override.ts';

export interface DeleteTargetOverrideVariables {
  orgUnitId: string;
  catalogue: string;
  code: string;
  year: number;
  /** Null: the rule negotiated for every component. */
  component: string | null;
  version: number;
}

/** Gives the fiche's rule back to the establishment for that year. */
export function deleteTargetOverride({
  orgUnitId,
  catalogue,
  code,
  year,
  component,
  version,
}: DeleteTargetOverrideVariables): Promise<void> {
  const path = `/establishments/${encodeURIComponent(orgUnitId)}/target-overrides/${encodeURIComponent(code)}/${year}`;
  return apiRequest<void>(path, { method: 'DELETE', query: { catalogue, component }, version });
}

export function useDeleteTargetOverride() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTargetOverride,
    onSuccess: (_nothing, { orgUnitId }) => refreshNegotiated(queryClient, orgUnitId),
  });
}
