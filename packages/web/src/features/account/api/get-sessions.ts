import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export interface UserSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

export function getSessions(): Promise<{ items: UserSession[] }> {
  return apiRequest('/me/sessions');
}

export function getSessionsQueryOptions() {
  return queryOptions({ queryKey: ['account', 'sessions'], queryFn: getSessions });
}

export function useSessions() {
  return useQuery(getSessionsQueryOptions());
}
