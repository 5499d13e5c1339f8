import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { userKeys } from './user-keys.ts';

export function deleteGrant({ userId, grantId }: { userId: string; grantId: string }): Promise<void> {
  return apiRequest<void>(`/users/${encodeURIComponent(userId)}/grants/${encodeURIComponent(grantId)}`, {
    method: 'DELETE',
  });
}

export function useDeleteGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteGrant,
    onSuccess: async (_, { userId }) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) });
      await queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
