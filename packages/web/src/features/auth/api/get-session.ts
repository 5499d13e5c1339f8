import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, isApiError, setCsrfToken } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../../lib/query-keys.ts';
import type { SessionResponse } from '@jalon/contract/auth/login';

/** The current session, or null when nobody is signed in (401). */
export async function getSession(): Promise<SessionResponse | null> {
  try {
    const session = await apiRequest<SessionResponse>('/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function getSessionQueryOptions() {
  return queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 5 * 60_000 });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}
