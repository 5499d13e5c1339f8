import { text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { actorName, actorUserId, type Author } from '../../access/actor.ts';
import { appUser } from './app-user.table.ts';

/**
 * Who last changed a row and when. The name is kept beside the id so that a
 * row still says who wrote it once the account is gone.
 * A function: each table needs its own column builders.
 */
export function authorshipColumns() {
  return {
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedById: uuid('updated_by_id').references(() => appUser.id, { onDelete: 'set null' }),
    updatedByName: text('updated_by_name'),
  };
}

/** The values of those columns for a change made now by `actor`; the system is kept by name, with no id. */
export function authoredBy(actor: Author) {
  return { updatedAt: new Date(), updatedById: actorUserId(actor), updatedByName: actorName(actor) };
}

/** The author as the API shows it: null when nobody is recorded (shipped or seeded rows). */
export function authorOf(id: string | null, name: string | null): { id: string; name: string } | null {
  return name === null ? null : { id: id ?? '', name };
}
