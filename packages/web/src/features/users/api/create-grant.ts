import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { roleSchema } from '@jalon/domain/access/roles';
import { apiRequest } from '../../../lib/api-client.ts';
import type { GrantView } from '@jalon/contract/users/grant';
import { userKeys } from './user-keys.ts';

export const createGrantInputSchema = z.object({ role: roleSchema, orgUnitId: z.string().min(1) });
export type CreateGrantInput = z.infer<typeof createGrantInputSchema>;

export function createGrant({ userId, input }: { userId: string; input: CreateGrantInput }): Promise<GrantView> {
  return apiRequest<GrantView>(`/users/${encodeURIComponent(userId)}/grants`, { method: 'POST', body: input });
}

export function useCreateGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGrant,
    onSuccess: async (_, { userId }) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) });
      await queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
