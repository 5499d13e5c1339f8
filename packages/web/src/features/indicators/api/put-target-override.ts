import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TargetRule } from '@jalon/domain/indicators/indicator-definition';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Override } from '@jalon/contract/indicators/negotiated-target';
import { targetOverridesKeys } from './get-target-overrides.ts';
import { indicatorKeys } from './indicator-keys.ts';

export interface TargetOverrideBody {
  /** Null: the rule replaces the fiche's for every component that year. */
  component: string | null;
  rule: TargetRule;
  reason: string;
}

export interface PutTargetOverrideVariables {
  orgUnitId: string;
  catalogue: string;
  code: string;
  year: number;
  /** The negotiated target being replaced; undefined when the year has none yet. */
  version: number | undefined;
  body: TargetOverrideBody;
}

export function putTargetOverride({
  orgUnitId,
  catalogue,
  code,
  year,
  version,
  body,
}: PutTargetOverrideVariables): Promise<Override> {
  const path = `/establishments/${encodeURIComponent(orgUnitId)}/target-overrides/${encodeURIComponent(code)}/${year}`;
  return apiRequest<Override>(path, {
    method: 'PUT',
    query: { catalogue },
    body,
    ...(version === undefined ? {} : { version }),
  });
}

/**
 * A negotiated rule changes the year's judgement, and later years' too where
 * their targets grow from the previous one: refresh every year of the establishment.
 */
export async function refreshNegotiated(queryClient: QueryClient, orgUnitId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...indicatorKeys.all, 'targets', orgUnitId] }),
    queryClient.invalidateQueries({ queryKey: targetOverridesKeys.establishment(orgUnitId) }),
  ]);
}

export function usePutTargetOverride() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putTargetOverride,
    onSuccess: (_saved, { orgUnitId }) => refreshNegotiated(queryClient, orgUnitId),
  });
}

export function isTargetOverride(value: unknown): value is Override {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'version' in value &&
    'rule' in value &&
    'reason' in value
  );
}
