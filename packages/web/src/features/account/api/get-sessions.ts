import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionList } from '@jalon/contract/account/session';
import { apiRequest } from '../../../lib/api-client.ts';

export function getSessions(): Promise<SessionList> {
  return apiRequest('/me/sessions');
}

export function getSessionsQueryOptions() {
  return queryOptions({ queryKey: ['account', 'sessions'], queryFn: getSessions });
}

export function useSessions() {
  return useQuery(getSessionsQueryOptions());
}
