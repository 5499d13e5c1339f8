import { z } from 'zod';

/** One open session of the signed-in person, as the account page lists them. */
export const sessionViewSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const sessionListSchema = z.object({ items: z.array(sessionViewSchema) });
export type SessionList = z.infer<typeof sessionListSchema>;
