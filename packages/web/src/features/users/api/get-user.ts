import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { UserView } from '@jalon/contract/users/user';
import { userKeys } from './user-keys.ts';

export function getUser(id: string, signal?: AbortSignal): Promise<UserView> {
  return apiRequest<UserView>(`/users/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

export function getUserQueryOptions(id: string) {
  return queryOptions({ queryKey: userKeys.detail(id), queryFn: ({ signal }) => getUser(id, signal) });
}

export function useUser(id: string) {
  return useQuery(getUserQueryOptions(id));
}
