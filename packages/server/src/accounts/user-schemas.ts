import { z } from 'zod';
import { PERMISSIONS, roleSchema } from '@jalon/domain/access/roles';
import { orgUnitKindSchema } from '@jalon/domain/organisation/establishment';

export const LIMITS = { email: 254, displayName: 120, password: 128, tokenName: 80, search: 100 } as const;

export const localeSchema = z.enum(['fr', 'en']);
export const emailSchema = z.email({ error: 'Adresse e-mail invalide' }).max(LIMITS.email);
export const displayNameSchema = z.string().trim().min(1, 'Nom obligatoire').max(LIMITS.displayName);

export const grantViewSchema = z.object({
  id: z.uuid(),
  role: roleSchema,
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  orgUnitKind: orgUnitKindSchema,
});
export type GrantView = z.infer<typeof grantViewSchema>;

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
  password: z.string().max(LIMITS.password),
  locale: localeSchema.default('fr'),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z
  .object({ displayName: displayNameSchema, locale: localeSchema, active: z.boolean() })
  .partial()
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const createGrantBody = z.object({ role: roleSchema, orgUnitId: z.uuid() });
export type CreateGrantBody = z.infer<typeof createGrantBody>;

export const listUsersQuery = z.object({
  q: z.string().trim().max(LIMITS.search).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The signed-in person: profile, grants and the permissions they add up to. */
export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  isPlatformAdmin: z.boolean(),
  grants: z.array(grantViewSchema),
  permissions: z.array(z.enum(PERMISSIONS)),
});
export type Me = z.infer<typeof meSchema>;
