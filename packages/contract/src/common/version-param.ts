import { z } from 'zod';

/** Versions are PostgreSQL `integer`s: a larger number in a path could only fail in the database. */
const INT32_MAX = 2_147_483_647;

/** A version number in a path (`…/versions/:version`), within what the column holds. */
export const versionParam = z.coerce.number().int().min(1).max(INT32_MAX);
