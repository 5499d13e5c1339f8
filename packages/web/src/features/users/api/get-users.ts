import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { Page } from '@jalon/contract/common/page';
import type { UserView } from '@jalon/contract/users/user';
import { userKeys } from './user-keys.ts';

export interface UsersParams {
  q?: string;
  page?: number;
  pageSize?: number;
}

export function getUsers(params: UsersParams, signal?: AbortSignal): Promise<Page<UserView>> {
  return apiRequest<Page<UserView>>('/users', { query: { ...params }, ...(signal ? { signal } : {}) });
}

export function getUsersQueryOptions(params: UsersParams) {
  return queryOptions({
    queryKey: [...userKeys.lists(), params],
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: UsersParams) {
  return useQuery(getUsersQueryOptions(params));
}
