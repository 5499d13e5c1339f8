import { z } from 'zod';
import { roleSchema } from '@jalon/domain/access/roles';
import { orgUnitKindSchema } from '@jalon/domain/organisation/establishment';

export const grantViewSchema = z.object({
  id: z.uuid(),
  role: roleSchema,
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  orgUnitKind: orgUnitKindSchema,
});
export type GrantView = z.infer<typeof grantViewSchema>;

export const createGrantBody = z.object({ role: roleSchema, orgUnitId: z.uuid() });
export type CreateGrantBody = z.infer<typeof createGrantBody>;

/** Path parameters of a route addressing one grant of one user. */
export const grantParams = z.object({ id: z.uuid(), grantId: z.uuid() });
