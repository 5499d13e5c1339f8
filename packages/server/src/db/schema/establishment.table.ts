import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { orgUnit } from './org-unit.table.ts';

/** What an establishment (legal entity) carries beyond its node in the tree. */
export const establishment = pgTable(
  'establishment',
  {
    orgUnitId: uuid('org_unit_id')
      .primaryKey()
      .references(() => orgUnit.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    legalStatus: text('legal_status').notNull(),
    department: text('department').notNull(),
    authorisations: text('authorisations')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    check('establishment_department_format', sql`${t.department} ~ '^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$'`),
  ],
);

/** Beds and places per year: the CPOM tier of a year derives from it. */
export const establishmentCapacity = pgTable(
  'establishment_capacity',
  {
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => establishment.orgUnitId, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    beds: integer('beds').notNull(),
    places: integer('places').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgUnitId, t.year] }),
    check('capacity_non_negative', sql`${t.beds} >= 0 and ${t.places} >= 0`),
  ],
);

/** Private and medico-social partners associated to a GHT without being members. */
export const ghtAssociation = pgTable(
  'ght_association',
  {
    establishmentId: uuid('establishment_id')
      .notNull()
      .references(() => establishment.orgUnitId, { onDelete: 'cascade' }),
    ghtId: uuid('ght_id')
      .notNull()
      .references(() => orgUnit.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.establishmentId, t.ghtId] })],
);
