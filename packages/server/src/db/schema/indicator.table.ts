import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './app-user.table.ts';
import { authorshipColumns } from './authorship.ts';
import { establishment } from './establishment.table.ts';
import { orgUnit } from './org-unit.table.ts';

/**
 * A named catalogue of indicator fiches (the strategic annex of a CPOM).
 * Installed from packages/catalog when absent; from then on the stored
 * fiches are the reference, edited by the ARS that issued them.
 */
export const indicatorCatalogue = pgTable(
  'indicator_catalogue',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    /** Edition of the shipped source the catalogue was installed from. */
    edition: integer('edition').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    /** Region whose establishments the catalogue covers, and whose ARS edits it. */
    regionId: uuid('region_id').references(() => orgUnit.id, { onDelete: 'set null' }),
    /** Bumped by every fiche edit: readers cache parsed fiches per revision. */
    revision: integer('revision').notNull().default(1),
    installedAt: timestamp('installed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('indicator_catalogue_period', sql`${t.periodFrom} <= ${t.periodTo}`)],
);

/** The current version of one fiche; every version, this one included, is kept in indicator_definition_version. */
export const indicatorDefinition = pgTable(
  'indicator_definition',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    catalogueId: uuid('catalogue_id')
      .notNull()
      .references(() => indicatorCatalogue.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Order of the fiche in its catalogue (CT_1 … CT_8, OS_1 … OS_22). */
    position: integer('position').notNull(),
    /** The fiche as the domain schema parses it. */
    definition: jsonb('definition').notNull(),
    version: integer('version').notNull().default(1),
    ...authorshipColumns(),
  },
  (t) => [unique('indicator_definition_code_unique').on(t.catalogueId, t.code)],
);

export const indicatorDefinitionVersion = pgTable(
  'indicator_definition_version',
  {
    definitionId: uuid('definition_id')
      .notNull()
      .references(() => indicatorDefinition.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedById: uuid('changed_by_id').references(() => appUser.id, { onDelete: 'set null' }),
    changedByName: text('changed_by_name'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.definitionId, t.version] })],
);

/** What an establishment reported for one indicator and one year, components included. */
export const indicatorValue = pgTable(
  'indicator_value',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => establishment.orgUnitId, { onDelete: 'cascade' }),
    definitionId: uuid('definition_id')
      .notNull()
      .references(() => indicatorDefinition.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** The value as the domain validates it (IndicatorValue), year included. */
    data: jsonb('data').notNull(),
    version: integer('version').notNull().default(1),
    ...authorshipColumns(),
  },
  (t) => [unique('indicator_value_unique').on(t.orgUnitId, t.definitionId, t.year)],
);

/**
 * A target negotiated between the ARS and one establishment, replacing the
 * fiche's rule for a year (for one component, or for all when `component` is null).
 */
export const cpomTargetOverride = pgTable(
  'cpom_target_override',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => establishment.orgUnitId, { onDelete: 'cascade' }),
    definitionId: uuid('definition_id')
      .notNull()
      .references(() => indicatorDefinition.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    component: text('component'),
    /** A TargetRule as the domain schema parses it. */
    rule: jsonb('rule').notNull(),
    reason: text('reason').notNull(),
    version: integer('version').notNull().default(1),
    ...authorshipColumns(),
  },
  (t) => [
    unique('cpom_target_override_unique').on(t.orgUnitId, t.definitionId, t.year, t.component).nullsNotDistinct(),
  ],
);
