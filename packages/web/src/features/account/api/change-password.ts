import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { changePasswordBody } from '@jalon/contract/account/password';
import { apiRequest } from '../../../lib/api-client.ts';
import { strongPasswordSchema } from '../../../lib/password-rules.ts';
import { getSessionsQueryOptions } from './get-sessions.ts';
import { getTokensQueryOptions } from './get-tokens.ts';

/** The request schema, with the password rules checked before sending. */
export const changePasswordInputSchema = changePasswordBody.extend({ newPassword: strongPasswordSchema });
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

/** The form asks for the new password twice, and for one that differs from the current one. */
export const changePasswordFormSchema = changePasswordInputSchema
  .extend({ confirmPassword: z.string() })
  .refine((values) => values.newPassword !== values.currentPassword, {
    path: ['newPassword'],
    message: 'PASSWORD_UNCHANGED',
  })
  .refine((values) => values.confirmPassword === values.newPassword, {
    path: ['confirmPassword'],
    message: 'PASSWORD_MISMATCH',
  });
export type ChangePasswordFormValues = z.infer<typeof changePasswordFormSchema>;

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiRequest<void>('/me/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The server closes the other sessions and revokes every token when the password changes.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: getSessionsQueryOptions().queryKey });
      await queryClient.invalidateQueries({ queryKey: getTokensQueryOptions().queryKey });
    },
  });
}
