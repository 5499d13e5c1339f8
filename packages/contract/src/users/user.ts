import { z } from 'zod';
import { PAGE_LIMITS } from '../common/page.ts';
import { grantViewSchema } from './grant.ts';
import { USER_LIMITS } from './user-limits.ts';

export const localeSchema = z.enum(['fr', 'en']);
export type Locale = z.infer<typeof localeSchema>;
export const emailSchema = z.email({ error: 'Adresse e-mail invalide' }).max(USER_LIMITS.email);
export const displayNameSchema = z.string().trim().min(1, 'Nom obligatoire').max(USER_LIMITS.displayName);

export const userViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  grants: z.array(grantViewSchema),
  version: z.number().int(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userViewSchema>;

export const createUserBody = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: z.string().max(USER_LIMITS.password),
  locale: localeSchema.default('fr'),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z
  .object({ displayName: displayNameSchema, locale: localeSchema, active: z.boolean() })
  .partial()
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const listUsersQuery = z.object({
  q: z.string().trim().max(USER_LIMITS.search).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_LIMITS.pageSize).default(PAGE_LIMITS.defaultPageSize),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export const userPageSchema = z.object({
  items: z.array(userViewSchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
