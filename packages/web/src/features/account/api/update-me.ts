import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateMeBody, type UpdateMeBody } from '@jalon/contract/account/me';
import { apiRequest } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../../lib/query-keys.ts';
import { storeLocale } from '../../../lib/locale.ts';
import type { Me } from '@jalon/contract/account/me';
import type { SessionResponse } from '@jalon/contract/auth/login';
import type { Locale } from '@jalon/contract/users/user';

export const updateMeInputSchema = updateMeBody;
export type UpdateMeInput = UpdateMeBody;

export function updateMe(input: UpdateMeInput): Promise<Me> {
  return apiRequest<Me>('/me', { method: 'PATCH', body: input });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (user) => {
      queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, (session) =>
        session ? { ...session, user } : session,
      );
    },
  });
}

/**
 * Switches the interface language at once (and for this browser), then records
 * it on the account so the next login on another device starts in it too.
 */
export function useChangeLocale() {
  const { i18n } = useTranslation();
  const updateMeMutation = useUpdateMe();
  return {
    isPending: updateMeMutation.isPending,
    error: updateMeMutation.error,
    changeLocale: (locale: Locale, options: { saveOnAccount: boolean }) => {
      storeLocale(locale);
      void i18n.changeLanguage(locale);
      if (options.saveOnAccount) updateMeMutation.mutate({ locale });
    },
  };
}
