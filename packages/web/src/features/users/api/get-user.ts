import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { userKeys } from './user-keys.ts';

export function getUser(id: string, signal?: AbortSignal): Promise<User> {
  return apiRequest<User>(`/users/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

export function getUserQueryOptions(id: string) {
  return queryOptions({ queryKey: userKeys.detail(id), queryFn: ({ signal }) => getUser(id, signal) });
}

export function useUser(id: string) {
  return useQuery(getUserQueryOptions(id));
}
