import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { apiRequest, isApiError } from '../../../lib/api-client.ts';
import { auditQueryKeyRoot } from '../../../lib/query-keys.ts';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { indicatorKeys } from './indicator-keys.ts';

export interface UpdateIndicatorVariables {
  code: string;
  catalogue: string;
  /** The version the user started editing; a newer one on the server answers 412 with it. */
  version: number;
  definition: IndicatorDefinition;
  /** Why the fiche changed ("Avenant n° 1 : cible 2027 relevée"), kept with the version. */
  note: string;
}

export function updateIndicator({
  code,
  catalogue,
  version,
  definition,
  note,
}: UpdateIndicatorVariables): Promise<IndicatorDetail> {
  return apiRequest<IndicatorDetail>(`/indicators/${encodeURIComponent(code)}`, {
    method: 'PUT',
    query: { catalogue },
    body: { definition, note },
    version,
  });
}

export function useUpdateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIndicator,
    onSuccess: async (indicator) => {
      queryClient.setQueryData(indicatorKeys.detail(indicator.code, indicator.catalogue.slug), indicator);
      // Lists, versions, the fiche read without a catalogue and targets judged against it all move.
      await queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
      await queryClient.invalidateQueries({ queryKey: auditQueryKeyRoot });
    },
    // On 412 the answer carries the version saved meanwhile: the fiche shows it at once. The edit
    // form keeps the version it started from in its own state, so the draft is not touched.
    onError: async (error) => {
      if (!isApiError(error) || error.code !== 'VERSION_CONFLICT' || !isIndicatorDetail(error.current)) return;
      queryClient.setQueryData(indicatorKeys.detail(error.current.code, error.current.catalogue.slug), error.current);
      await queryClient.invalidateQueries({
        queryKey: indicatorKeys.versions(error.current.code, error.current.catalogue.slug),
      });
    },
  });
}

export function isIndicatorDetail(value: unknown): value is IndicatorDetail {
  return typeof value === 'object' && value !== null && 'code' in value && 'version' in value && 'definition' in value;
}
