export const userKeys = {
  all: ['users'] as const,
  lists: () => ['users', 'list'] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};
