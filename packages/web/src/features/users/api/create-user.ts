import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import { strongPasswordSchema } from '../../../lib/password-rules.ts';
import type { User } from '../../../types/api.ts';
import { userKeys } from './user-keys.ts';

export const USER_LIMITS = { email: 254, displayName: 120 } as const;

export const createUserInputSchema = z.object({
  email: z.email().max(USER_LIMITS.email),
  displayName: z.string().trim().min(1).max(USER_LIMITS.displayName),
  password: strongPasswordSchema,
  locale: z.enum(['fr', 'en']),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export function createUser(input: CreateUserInput): Promise<User> {
  return apiRequest<User>('/users', { method: 'POST', body: input });
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
