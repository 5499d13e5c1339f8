import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { API_TOKEN_LIFETIME } from '@jalon/domain/access/api-token-lifetime';
import { apiRequest } from '../../../lib/api-client.ts';
import { getTokensQueryOptions } from './get-tokens.ts';

export const createTokenInputSchema = z.object({
  name: z.string().trim().min(1).max(80),
  expiresInDays: z.int().min(1).max(API_TOKEN_LIFETIME.maxDays),
});
export type CreateTokenInput = z.infer<typeof createTokenInputSchema>;

export interface CreatedToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  /** The secret itself: the server keeps only its hash, so this is the only time it is readable. */
  token: string;
}

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
