import { z } from 'zod';

/** Path parameters of a route addressing one resource by its id. */
export const idParams = z.object({ id: z.uuid() });
