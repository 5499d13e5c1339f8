import { useQueries } from '@tanstack/react-query';
import { getIndicatorQueryOptions } from './get-indicator.ts';

/**
 * Component labels of some fiches, by code then component key. A target set on
 * the total of several components (tele-health acts of every type) names none
 * of them, so their labels come from the fiche itself, shared with its page.
 */
export function useComponentLabels(codes: readonly string[], catalogue: string): Map<string, Map<string, string>> {
  const fiches = useQueries({ queries: codes.map((code) => getIndicatorQueryOptions(code, catalogue)) });
  const labels = new Map<string, Map<string, string>>();
  for (const fiche of fiches) {
    const kind = fiche.data?.definition.kind;
    if (!fiche.data || kind?.type !== 'components') continue;
    labels.set(fiche.data.code, new Map(kind.components.map((component) => [component.key, component.label])));
  }
  return labels;
}
