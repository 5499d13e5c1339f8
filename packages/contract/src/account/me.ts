import { z } from 'zod';
import { PERMISSIONS } from '@jalon/domain/access/roles';
import { grantViewSchema } from '../users/grant.ts';
import { displayNameSchema, localeSchema } from '../users/user.ts';

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

export const updateMeBody = z.object({ displayName: displayNameSchema, locale: localeSchema }).partial().strict();
export type UpdateMeBody = z.infer<typeof updateMeBody>;
