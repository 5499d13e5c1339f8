import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../../lib/api-client.ts';
import { auditQueryKeyRoot } from '../../../lib/query-keys.ts';
import type { Locale, UserView } from '@jalon/contract/users/user';
import { userKeys } from './user-keys.ts';

export interface UpdateUserVariables {
  id: string;
  version: number;
  input: { displayName?: string; locale?: Locale; active?: boolean };
}

export function updateUser({ id, version, input }: UpdateUserVariables): Promise<UserView> {
  return apiRequest<UserView>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, version });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: async (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      await queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      await queryClient.invalidateQueries({ queryKey: auditQueryKeyRoot });
    },
    // Someone else changed the account meanwhile: show their version, the user decides again.
    onError: async (error, { id }) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT')
        await queryClient.invalidateQueries({ queryKey: userKeys.detail(id) });
    },
  });
}
