import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** The organisation tree: region › GHT › establishment › site › grouping › unit. */
export const orgUnit = pgTable(
  'org_unit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnit.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    shortName: text('short_name'),
    finess: text('finess').unique(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('org_unit_parent_idx').on(t.parentId),
    index('org_unit_kind_idx').on(t.kind),
    check('org_unit_kind_check', sql`${t.kind} in ('region','ght','establishment','site','grouping','unit')`),
    check('org_unit_root_is_region', sql`(${t.parentId} is null) = (${t.kind} = 'region')`),
    check('org_unit_name_not_blank', sql`length(trim(${t.name})) > 0`),
  ],
);
