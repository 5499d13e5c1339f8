import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { DomainError } from '@jalon/domain/errors';
import type { YearPeriod } from '@jalon/domain/indicators/year-period';
import type { Db } from '../db/database.ts';
import { indicatorCatalogue, indicatorDefinition } from '../db/schema/indicator.table.ts';

export type CatalogueRow = typeof indicatorCatalogue.$inferSelect;

/** The years a catalogue's contracts run. */
export function contractPeriod(catalogue: CatalogueRow): YearPeriod {
  return { from: catalogue.periodFrom, to: catalogue.periodTo };
}

export interface StoredFiche {
  id: string;
  position: number;
  version: number;
  definition: IndicatorDefinition;
}

export function catalogueNotFound(slug: string): DomainError {
  return new DomainError('CATALOGUE_NOT_FOUND', `Catalogue inconnu : ${slug}`, {
    field: ['catalogue'],
    details: { slug },
  });
}

export function indicatorNotFound(code: string): DomainError {
  return new DomainError('INDICATOR_NOT_FOUND', `Indicateur inconnu : ${code}`, {
    field: ['code'],
    details: { indicator: code },
  });
}

export async function findCatalogue(db: Db, slug: string): Promise<CatalogueRow> {
  const [row] = await db.select().from(indicatorCatalogue).where(eq(indicatorCatalogue.slug, slug));
  if (!row) throw catalogueNotFound(slug);
  return row;
}

/** Catalogues covering the region, newest period first. */
export async function cataloguesOfRegion(db: Db, regionId: string): Promise<CatalogueRow[]> {
  return db
    .select()
    .from(indicatorCatalogue)
    .where(eq(indicatorCatalogue.regionId, regionId))
    .orderBy(sql`${indicatorCatalogue.periodTo} DESC`, asc(indicatorCatalogue.slug));
}

// Parsed fiches per catalogue, valid as long as the catalogue's revision is unchanged:
// judging an establishment's targets then reads no fiche from the database.
const cache = new Map<string, { revision: number; fiches: readonly StoredFiche[] }>();

/** The catalogue's fiches in catalogue order, parsed through the domain schema. */
/**
 * The one rule for naming a fiche: by its code or one of its aliases, whatever
 * the case or the spaces around what was typed.
 */
export function ficheDesignatedBy(code: string): SQL {
  const wanted = code.trim().toUpperCase();
  return sql`(${indicatorDefinition.code} = ${wanted} OR ${wanted} = ANY(${indicatorDefinition.aliases}))`;
}

/** The fiche of that catalogue named by `code` (code or alias), as parsed and kept. */
export async function catalogueFiche(
  db: Db,
  catalogue: Pick<CatalogueRow, 'id' | 'revision'>,
  code: string,
): Promise<StoredFiche> {
  const [row] = await db
    .select({ id: indicatorDefinition.id })
    .from(indicatorDefinition)
    .where(and(eq(indicatorDefinition.catalogueId, catalogue.id), ficheDesignatedBy(code)))
    .limit(1);
  const fiche = row && (await fichesOf(db, catalogue)).find((f) => f.id === row.id);
  if (!fiche) throw indicatorNotFound(code);
  return fiche;
}

export async function fichesOf(
  db: Db,
  catalogue: Pick<CatalogueRow, 'id' | 'revision'>,
): Promise<readonly StoredFiche[]> {
  const cached = cache.get(catalogue.id);
  if (cached && cached.revision === catalogue.revision) return cached.fiches;
  const rows = await db
    .select({
      id: indicatorDefinition.id,
      position: indicatorDefinition.position,
      version: indicatorDefinition.version,
      definition: indicatorDefinition.definition,
    })
    .from(indicatorDefinition)
    .where(eq(indicatorDefinition.catalogueId, catalogue.id))
    .orderBy(asc(indicatorDefinition.position));
  const fiches = rows.map((row) => ({ ...row, definition: parseFiche(row.id, row.version, row.definition) }));
  cache.set(catalogue.id, { revision: catalogue.revision, fiches });
  return fiches;
}

// Fiches by id and version: a version never changes once written, so its parse can be kept.
const parsed = new Map<string, IndicatorDefinition>();

/** The stored fiche of that id and version, parsed once through the domain schema. */
export function parseFiche(id: string, version: number, json: unknown): IndicatorDefinition {
  const key = `${id}:${version}`;
  let fiche = parsed.get(key);
  if (fiche === undefined) {
    fiche = indicatorDefinitionSchema.parse(json);
    parsed.set(key, fiche);
  }
  return fiche;
}
