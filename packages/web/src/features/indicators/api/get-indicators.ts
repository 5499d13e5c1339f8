import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Page } from '@jalon/contract/common/page';
import type { IndicatorKind, IndicatorSummary } from '@jalon/contract/indicators/fiche';
import { indicatorKeys } from './indicator-keys.ts';

export interface IndicatorsParams {
  catalogue?: string;
  /** Accent-insensitive search on code, alias, title and objective. */
  q?: string;
  kind?: IndicatorKind;
  /** Strategic objective, exactly as the fiches word it. */
  objective?: string;
  page?: number;
  pageSize?: number;
}

export function getIndicators(params: IndicatorsParams, signal?: AbortSignal): Promise<Page<IndicatorSummary>> {
  return apiRequest<Page<IndicatorSummary>>('/indicators', { query: { ...params }, ...(signal ? { signal } : {}) });
}

export function getIndicatorsQueryOptions(params: IndicatorsParams) {
  return queryOptions({
    queryKey: [...indicatorKeys.lists(), params],
    queryFn: ({ signal }) => getIndicators(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useIndicators(params: IndicatorsParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getIndicatorsQueryOptions(params), enabled: options.enabled ?? true });
}
