import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { UserView } from '@jalon/contract/users/user';
import { userKeys } from './user-keys.ts';

export function unlockUser(id: string): Promise<UserView> {
  return apiRequest<UserView>(`/users/${encodeURIComponent(id)}/unlock`, { method: 'POST' });
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: async (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      await queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
