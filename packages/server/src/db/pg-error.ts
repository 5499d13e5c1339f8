/**
 * PostgreSQL's SQLSTATE and constraint of a failed query. Drizzle wraps the
 * driver's error in `cause`; a raw pg query throws it directly.
 */
export function pgError(error: unknown): { code: string | undefined; constraint: string | undefined } {
  const source = ((error as { cause?: unknown }).cause ?? error) as { code?: unknown; constraint?: unknown };
  return {
    code: typeof source.code === 'string' ? source.code : undefined,
    constraint: typeof source.constraint === 'string' ? source.constraint : undefined,
  };
}

export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';
/** A foreign key declared ON DELETE RESTRICT refuses at once, with its own SQLSTATE. */
export const RESTRICT_VIOLATION = '23001';

/** Whether a failed query was refused because other rows still refer to the row. */
export function isStillReferenced(error: unknown): boolean {
  const { code } = pgError(error);
  return code === FOREIGN_KEY_VIOLATION || code === RESTRICT_VIOLATION;
}
