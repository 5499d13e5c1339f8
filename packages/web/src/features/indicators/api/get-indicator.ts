import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { indicatorKeys } from './indicator-keys.ts';

/** One fiche; an alias (CPOM_CT_07) answers the canonical fiche. Without catalogue, the newest one holding the code. */
export function getIndicator(
  code: string,
  catalogue: string | undefined,
  signal?: AbortSignal,
): Promise<IndicatorDetail> {
  return apiRequest<IndicatorDetail>(`/indicators/${encodeURIComponent(code)}`, {
    query: { catalogue },
    ...(signal ? { signal } : {}),
  });
}

export function getIndicatorQueryOptions(code: string, catalogue: string | undefined) {
  return queryOptions({
    queryKey: indicatorKeys.detail(code, catalogue),
    queryFn: ({ signal }) => getIndicator(code, catalogue, signal),
  });
}

export function useIndicator(code: string, catalogue: string | undefined) {
  return useQuery(getIndicatorQueryOptions(code, catalogue));
}
