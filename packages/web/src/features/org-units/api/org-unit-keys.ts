/** Query keys of the org-units feature: lists under one prefix so any change can refresh them all. */
export const orgUnitKeys = {
  all: ['org-units'] as const,
  lists: () => ['org-units', 'list'] as const,
  detail: (id: string) => ['org-units', 'detail', id] as const,
};
