import { z } from 'zod';
import { LIMITS, meSchema } from '../../accounts/user-schemas.ts';

export const loginBody = z.object({
  email: z.string().trim().min(1, 'Adresse e-mail obligatoire').max(LIMITS.email),
  password: z.string().min(1, 'Mot de passe obligatoire').max(LIMITS.password),
});


export const sessionResponse = z.object({ user: meSchema, csrfToken: z.string() });
