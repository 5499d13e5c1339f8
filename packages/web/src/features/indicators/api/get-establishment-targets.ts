import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { EstablishmentTargets } from '@jalon/contract/indicators/establishment-targets';
import { indicatorKeys } from './indicator-keys.ts';

/** Targets of an establishment for a year (current year clamped to the period when omitted), judged against its values. */
export function getEstablishmentTargets(
  orgUnitId: string,
  year: number | undefined,
  signal?: AbortSignal,
): Promise<EstablishmentTargets> {
  return apiRequest<EstablishmentTargets>(`/establishments/${encodeURIComponent(orgUnitId)}/targets`, {
    query: { year },
    ...(signal ? { signal } : {}),
  });
}

export function getEstablishmentTargetsQueryOptions(orgUnitId: string, year: number | undefined) {
  return queryOptions({
    queryKey: indicatorKeys.targets(orgUnitId, year),
    queryFn: ({ signal }) => getEstablishmentTargets(orgUnitId, year, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEstablishmentTargets(orgUnitId: string, year: number | undefined) {
  return useQuery(getEstablishmentTargetsQueryOptions(orgUnitId, year));
}
