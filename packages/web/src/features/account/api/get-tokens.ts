import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TokenList } from '@jalon/contract/account/api-token';
import { apiRequest } from '../../../lib/api-client.ts';

export function getTokens(): Promise<TokenList> {
  return apiRequest('/me/tokens');
}

export function getTokensQueryOptions() {
  return queryOptions({ queryKey: ['account', 'tokens'], queryFn: getTokens });
}

export function useTokens() {
  return useQuery(getTokensQueryOptions());
}
