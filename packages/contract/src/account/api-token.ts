import { z } from 'zod';
import { API_TOKEN_LIFETIME } from '@jalon/domain/access/api-token-lifetime';
import { ACCOUNT_LIMITS } from './account-limits.ts';

export const createTokenBody = z.object({
  name: z.string().trim().min(1, 'Nom obligatoire').max(ACCOUNT_LIMITS.tokenName),
  expiresInDays: z
    .int()
    .min(1, 'Au moins un jour')
    .max(API_TOKEN_LIFETIME.maxDays, `Au plus ${API_TOKEN_LIFETIME.maxDays} jours`)
    .default(API_TOKEN_LIFETIME.defaultDays),
});
export type CreateTokenBody = z.infer<typeof createTokenBody>;

export const tokenViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenViewSchema>;

export const createdTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  token: z.string(),
});
export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const tokenListSchema = z.object({ items: z.array(tokenViewSchema) });
export type TokenList = z.infer<typeof tokenListSchema>;
