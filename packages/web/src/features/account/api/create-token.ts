import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createTokenBody, type CreatedToken, type CreateTokenBody } from '@jalon/contract/account/api-token';
import { apiRequest } from '../../../lib/api-client.ts';
import { getTokensQueryOptions } from './get-tokens.ts';

export const createTokenInputSchema = createTokenBody;
export type CreateTokenInput = CreateTokenBody;

export function createToken(input: CreateTokenInput): Promise<CreatedToken> {
  return apiRequest<CreatedToken>('/me/tokens', { method: 'POST', body: input });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getTokensQueryOptions().queryKey }),
  });
}
