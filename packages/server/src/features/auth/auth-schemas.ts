import { z } from 'zod';
import { PERMISSIONS } from '@jalon/domain/access/roles';
import { grantViewSchema, LIMITS, localeSchema } from '../users/user-schemas.ts';

export const loginBody = z.object({
  email: z.string().trim().min(1, 'Adresse e-mail obligatoire').max(LIMITS.email),
  password: z.string().min(1, 'Mot de passe obligatoire').max(LIMITS.password),
});

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

export const sessionResponse = z.object({ user: meSchema, csrfToken: z.string() });
