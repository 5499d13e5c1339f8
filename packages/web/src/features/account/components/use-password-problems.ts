import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { PasswordProblem } from '@jalon/domain/access/password-policy';
import { sessionQueryKey } from '../../../lib/query-keys.ts';
import type { SessionResponse } from '@jalon/contract/auth/login';

type Policy = typeof import('@jalon/domain/access/password-policy');

/**
 * The server's own password rules, common-password dictionaries included.
 * They weigh about a megabyte: loaded on first use, so only the password tab
 * pays for them. Undefined until loaded.
 */
export function usePasswordProblems(password: string): readonly PasswordProblem[] | undefined {
  const [policy, setPolicy] = useState<Policy | undefined>();
  const queryClient = useQueryClient();
  const user = queryClient.getQueryData<SessionResponse | null>(sessionQueryKey)?.user;
  const deferred = useDeferredValue(password);
  useEffect(() => {
    let live = true;
    void import('@jalon/domain/access/password-policy').then((loaded) => {
      if (live) setPolicy(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return useMemo(
    () => policy?.passwordProblems(deferred, { email: user?.email, displayName: user?.displayName }),
    [policy, deferred, user?.email, user?.displayName],
  );
}
