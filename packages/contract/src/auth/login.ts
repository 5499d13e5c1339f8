import { z } from 'zod';
import { meSchema } from '../account/me.ts';
import { USER_LIMITS } from '../users/user-limits.ts';

export const loginBody = z.object({
  email: z.string().trim().min(1, 'Adresse e-mail obligatoire').max(USER_LIMITS.email),
  password: z.string().min(1, 'Mot de passe obligatoire').max(USER_LIMITS.password),
});
export type LoginBody = z.infer<typeof loginBody>;

/** What a successful login (or a session check) answers. */
export const sessionResponse = z.object({ user: meSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;
