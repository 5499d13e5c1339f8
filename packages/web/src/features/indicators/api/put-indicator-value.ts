import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { apiRequest } from '../../../lib/api-client.ts';
import type { StoredValue } from '@jalon/contract/indicators/establishment-targets';
import { indicatorValuesKeys } from './get-indicator-values.ts';
import { indicatorKeys } from './indicator-keys.ts';

/** What is sent for one indicator and year: the year travels in the address. */
export type IndicatorValueBody = Omit<IndicatorValue, 'year'>;

export interface PutIndicatorValueVariables {
  orgUnitId: string;
  catalogue: string;
  code: string;
  year: number;
  /** The stored version being replaced; undefined when the year has no value yet. */
  version: number | undefined;
  body: IndicatorValueBody;
}

export function putIndicatorValue({
  orgUnitId,
  catalogue,
  code,
  year,
  version,
  body,
}: PutIndicatorValueVariables): Promise<StoredValue> {
  const path = `/establishments/${encodeURIComponent(orgUnitId)}/indicator-values/${encodeURIComponent(code)}/${year}`;
  return apiRequest<StoredValue>(path, {
    method: 'PUT',
    query: { catalogue },
    body,
    ...(version === undefined ? {} : { version }),
  });
}

export function usePutIndicatorValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putIndicatorValue,
    // Judgements of later years read this value too (increments, progressions): refresh every year.
    onSuccess: async (_stored, { orgUnitId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...indicatorKeys.all, 'targets', orgUnitId] }),
        queryClient.invalidateQueries({ queryKey: indicatorValuesKeys.establishment(orgUnitId) }),
      ]);
    },
  });
}

export function isStoredValue(value: unknown): value is StoredValue {
  return typeof value === 'object' && value !== null && 'code' in value && 'version' in value && 'value' in value;
}
