import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed password checks counted per client address, per e-mail address
 * that matches no account (an existing account keeps its own count on
 * app_user), and per account for the current-password check of a password
 * change. Kept in PostgreSQL so that every server instance sees the same
 * count.
 */
export const loginThrottle = pgTable('login_throttle', {
  /** `ip:<address>`, `email:<SHA-256 of the lower-case e-mail>` or `password-check:<user id>`. */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
  /** No password is checked for this key before this instant. */
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});
