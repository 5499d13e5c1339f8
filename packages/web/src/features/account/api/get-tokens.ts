import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export function getTokens(): Promise<{ items: ApiToken[] }> {
  return apiRequest('/me/tokens');
}

export function getTokensQueryOptions() {
  return queryOptions({ queryKey: ['account', 'tokens'], queryFn: getTokens });
}

export function useTokens() {
  return useQuery(getTokensQueryOptions());
}
