import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './app-user.table.ts';
import { orgUnit } from './org-unit.table.ts';

/** A role held on an organisation unit and its whole subtree. */
export const roleGrant = pgTable(
  'role_grant',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnit.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('role_grant_unique').on(t.userId, t.role, t.orgUnitId), index('role_grant_user_idx').on(t.userId)],
);
