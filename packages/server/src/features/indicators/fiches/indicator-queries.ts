import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import { describeApplicability } from '@jalon/domain/indicators/applicability-description';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { targetTable } from '@jalon/domain/indicators/target-table';
import {
  ficheDesignatedBy,
  findCatalogue,
  indicatorNotFound,
  parseFiche,
} from '../../../catalogues/catalogue-store.ts';
import type { Db } from '../../../db/database.ts';
import { searchMatches } from '../../../db/search.ts';
import { authorOf } from '../../../db/schema/authorship.ts';
import {
  indicatorCatalogue,
  indicatorDefinition,
  indicatorDefinitionVersion,
} from '../../../db/schema/indicator.table.ts';
import { orgUnit } from '../../../db/schema/org-unit.table.ts';
import type {
  CatalogueSummary,
  IndicatorDetail,
  IndicatorSummary,
  ListIndicatorsQuery,
} from '@jalon/contract/indicators/fiche';

export async function listCatalogues(db: Db, slug?: string): Promise<CatalogueSummary[]> {
  const rows = await db
    .select({
      catalogue: indicatorCatalogue,
      regionName: orgUnit.name,
      indicatorCount: sql<number>`(SELECT count(*)::int FROM indicator_definition d WHERE d.catalogue_id = ${indicatorCatalogue.id})`,
    })
    .from(indicatorCatalogue)
    .leftJoin(orgUnit, eq(orgUnit.id, indicatorCatalogue.regionId))
    .where(slug === undefined ? undefined : eq(indicatorCatalogue.slug, slug))
    .orderBy(desc(indicatorCatalogue.periodTo), asc(indicatorCatalogue.slug));
  return rows.map(({ catalogue: c, regionName, indicatorCount }) => ({
    slug: c.slug,
    title: c.title,
    issuer: c.issuer,
    edition: c.edition,
    period: { from: c.periodFrom, to: c.periodTo },
    region: c.regionId && regionName !== null ? { id: c.regionId, name: regionName } : null,
    indicatorCount,
  }));
}

const ficheColumns = {
  id: indicatorDefinition.id,
  code: indicatorDefinition.code,
  aliases: indicatorDefinition.aliases,
  definition: indicatorDefinition.definition,
  version: indicatorDefinition.version,
  updatedAt: indicatorDefinition.updatedAt,
  updatedById: indicatorDefinition.updatedById,
  updatedByName: indicatorDefinition.updatedByName,
  catalogueId: indicatorCatalogue.id,
  catalogueSlug: indicatorCatalogue.slug,
  catalogueTitle: indicatorCatalogue.title,
  regionId: indicatorCatalogue.regionId,
};

export interface FicheRow {
  id: string;
  code: string;
  aliases: string[];
  definition: unknown;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
  updatedByName: string | null;
  catalogueId: string;
  catalogueSlug: string;
  catalogueTitle: string;
  regionId: string | null;
}

function summaryOf(row: FicheRow, fiche: IndicatorDefinition): IndicatorSummary {
  return {
    code: row.code,
    aliases: row.aliases,
    catalogue: { slug: row.catalogueSlug, title: row.catalogueTitle },
    title: fiche.title,
    objective: fiche.objective,
    kind: fiche.kind.type,
    unit: fiche.unit,
    direction: fiche.direction,
    dataSources: fiche.dataSources,
    applicability: describeApplicability(fiche),
    version: row.version,
  };
}

export async function listIndicators(
  db: Db,
  query: ListIndicatorsQuery,
): Promise<{ items: IndicatorSummary[]; total: number }> {
  const where: SQL[] = [];
  if (query.catalogue !== undefined)
    where.push(eq(indicatorCatalogue.id, (await findCatalogue(db, query.catalogue)).id));
  if (query.q) {
    where.push(
      searchMatches(
        sql`${indicatorDefinition.code} || ' ' || array_to_string(${indicatorDefinition.aliases}, ' ')
      || ' ' || (${indicatorDefinition.definition}->>'title') || ' ' || (${indicatorDefinition.definition}->>'objective')`,
        query.q,
      ),
    );
  }
  if (query.kind) where.push(sql`${indicatorDefinition.definition}->'kind'->>'type' = ${query.kind}`);
  if (query.objective) where.push(sql`${indicatorDefinition.definition}->>'objective' = ${query.objective}`);
  const rows = await db
    .select({ ...ficheColumns, total: sql<number>`count(*) OVER ()::int` })
    .from(indicatorDefinition)
    .innerJoin(indicatorCatalogue, eq(indicatorCatalogue.id, indicatorDefinition.catalogueId))
    .where(and(...where))
    .orderBy(desc(indicatorCatalogue.periodTo), asc(indicatorCatalogue.slug), asc(indicatorDefinition.position))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const items = rows.map((row) => summaryOf(row, parseFiche(row.id, row.version, row.definition)));
  return { items, total: rows[0]?.total ?? (await countIndicators(db, where)) };
}

/** A page past the end has no rows to carry the total. */
async function countIndicators(db: Db, where: SQL[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(indicatorDefinition)
    .innerJoin(indicatorCatalogue, eq(indicatorCatalogue.id, indicatorDefinition.catalogueId))
    .where(and(...where));
  return row?.n ?? 0;
}

/** The fiche of that code or alias, in the named catalogue or else the newest one holding it. */
export async function findFiche(
  db: Db,
  code: string,
  catalogueSlug: string | undefined,
  options: { lock?: boolean } = {},
): Promise<FicheRow> {
  const catalogueId = catalogueSlug === undefined ? undefined : (await findCatalogue(db, catalogueSlug)).id;
  const query = db
    .select(ficheColumns)
    .from(indicatorDefinition)
    .innerJoin(indicatorCatalogue, eq(indicatorCatalogue.id, indicatorDefinition.catalogueId))
    .where(
      and(
        catalogueId === undefined ? undefined : eq(indicatorDefinition.catalogueId, catalogueId),
        ficheDesignatedBy(code),
      ),
    )
    .orderBy(desc(indicatorCatalogue.periodTo), asc(indicatorCatalogue.slug))
    .limit(1);
  const [row] = options.lock ? await query.for('update', { of: indicatorDefinition }) : await query;
  if (!row) throw indicatorNotFound(code);
  return row;
}

export function detailOf(row: FicheRow): IndicatorDetail {
  const fiche = parseFiche(row.id, row.version, row.definition);
  return {
    ...summaryOf(row, fiche),
    definition: fiche,
    targetTable: targetTable(fiche),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedById && row.updatedByName !== null ? { id: row.updatedById, name: row.updatedByName } : null,
  };
}

const versionColumns = {
  version: indicatorDefinitionVersion.version,
  changedAt: indicatorDefinitionVersion.changedAt,
  changedById: indicatorDefinitionVersion.changedById,
  changedByName: indicatorDefinitionVersion.changedByName,
  note: indicatorDefinitionVersion.note,
};

type VersionRow = {
  version: number;
  changedAt: Date;
  changedById: string | null;
  changedByName: string | null;
  note: string | null;
};

function versionSummary(row: VersionRow) {
  return {
    version: row.version,
    changedAt: row.changedAt.toISOString(),
    // The name is kept even when the account is gone: the history must still say who.
    changedBy: authorOf(row.changedById, row.changedByName),
    note: row.note,
  };
}

export async function listVersions(db: Db, definitionId: string) {
  const rows = await db
    .select(versionColumns)
    .from(indicatorDefinitionVersion)
    .where(eq(indicatorDefinitionVersion.definitionId, definitionId))
    .orderBy(desc(indicatorDefinitionVersion.version));
  return rows.map(versionSummary);
}

export async function loadVersion(db: Db, definitionId: string, version: number) {
  const [row] = await db
    .select({ ...versionColumns, definition: indicatorDefinitionVersion.definition })
    .from(indicatorDefinitionVersion)
    .where(
      and(eq(indicatorDefinitionVersion.definitionId, definitionId), eq(indicatorDefinitionVersion.version, version)),
    );
  if (!row) throw new DomainError('NOT_FOUND', `Version ${version} introuvable`, { field: ['version'] });
  return { ...versionSummary(row), definition: indicatorDefinitionSchema.parse(row.definition) };
}
