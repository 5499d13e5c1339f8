import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { createUserBody } from '@jalon/contract/users/user';
import { apiRequest } from '../../../lib/api-client.ts';
import { strongPasswordSchema } from '../../../lib/password-rules.ts';
import type { UserView } from '@jalon/contract/users/user';
import { userKeys } from './user-keys.ts';

/** The request schema, with the password rules checked before sending. */
export const createUserInputSchema = createUserBody.extend({ password: strongPasswordSchema });
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export function createUser(input: CreateUserInput): Promise<UserView> {
  return apiRequest<UserView>('/users', { method: 'POST', body: input });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      await queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
