import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client.ts';
import { sessionQueryKey } from './query-keys.ts';

/**
 * A 401 from any call means the session ended (expired, revoked from another
 * device, password changed): dropping the cached session sends the user back to
 * the login page through the layout's guard.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown): void => {
    if (!isApiError(error)) return;
    if (error.status === 401 && (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED')) {
      queryClient.setQueryData(sessionQueryKey, null);
    }
    // A stale CSRF token: fetching the session again hands out the current one.
    if (error.code === 'CSRF_INVALID') void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (403, 404, 412) will not change by asking again.
        retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
  return queryClient;
}
