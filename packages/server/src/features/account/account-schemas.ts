import { z } from 'zod';
import { API_TOKEN_LIFETIME } from '@jalon/domain/access/api-token-lifetime';
import { displayNameSchema, LIMITS, localeSchema } from '../../accounts/user-schemas.ts';

export const updateMeBody = z.object({ displayName: displayNameSchema, locale: localeSchema }).partial().strict();
export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Mot de passe actuel obligatoire').max(LIMITS.password),
  newPassword: z.string().max(LIMITS.password),
});
export const createTokenBody = z.object({
  name: z.string().trim().min(1, 'Nom obligatoire').max(LIMITS.tokenName),
  expiresInDays: z
    .int()
    .min(1, 'Au moins un jour')
    .max(API_TOKEN_LIFETIME.maxDays, `Au plus ${API_TOKEN_LIFETIME.maxDays} jours`)
    .default(API_TOKEN_LIFETIME.defaultDays),
});
export const idParams = z.object({ id: z.uuid() });

export const tokenViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export const createdTokenSchema = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string(), expiresAt: z.string(), token: z.string() });
export const sessionViewSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
