import { z } from 'zod';
import { USER_LIMITS } from '../users/user-limits.ts';

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Mot de passe actuel obligatoire').max(USER_LIMITS.password),
  newPassword: z.string().max(USER_LIMITS.password),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
