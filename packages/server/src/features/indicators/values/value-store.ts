import { and, asc, eq } from 'drizzle-orm';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import type { Db } from '../../../db/database.ts';
import { authorOf } from '../../../db/schema/authorship.ts';
import { indicatorDefinition, indicatorValue } from '../../../db/schema/indicator.table.ts';
import type { StoredValue } from '@jalon/contract/indicators/establishment-targets';

const columns = {
  id: indicatorValue.id,
  code: indicatorDefinition.code,
  year: indicatorValue.year,
  data: indicatorValue.data,
  version: indicatorValue.version,
  updatedAt: indicatorValue.updatedAt,
  updatedById: indicatorValue.updatedById,
  updatedByName: indicatorValue.updatedByName,
};

export type ValueRow = {
  id: string;
  code: string;
  year: number;
  data: unknown;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
  updatedByName: string | null;
};

export function storedValueOf(row: ValueRow): StoredValue {
  return {
    code: row.code,
    year: row.year,
    value: row.data as IndicatorValue,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: authorOf(row.updatedById, row.updatedByName),
  };
}

/** The establishment's values for the catalogue's indicators, by code then year. */
export async function valuesOf(
  db: Db,
  establishmentId: string,
  catalogueId: string,
  year?: number,
): Promise<ValueRow[]> {
  return db
    .select(columns)
    .from(indicatorValue)
    .innerJoin(indicatorDefinition, eq(indicatorDefinition.id, indicatorValue.definitionId))
    .where(
      and(
        eq(indicatorValue.orgUnitId, establishmentId),
        eq(indicatorDefinition.catalogueId, catalogueId),
        year === undefined ? undefined : eq(indicatorValue.year, year),
      ),
    )
    .orderBy(asc(indicatorDefinition.position), asc(indicatorValue.year));
}

export async function valueOf(
  db: Db,
  establishmentId: string,
  definitionId: string,
  year: number,
  options: { lock?: boolean } = {},
): Promise<ValueRow | undefined> {
  const query = db
    .select(columns)
    .from(indicatorValue)
    .innerJoin(indicatorDefinition, eq(indicatorDefinition.id, indicatorValue.definitionId))
    .where(
      and(
        eq(indicatorValue.orgUnitId, establishmentId),
        eq(indicatorValue.definitionId, definitionId),
        eq(indicatorValue.year, year),
      ),
    );
  const [row] = options.lock ? await query.for('update', { of: indicatorValue }) : await query;
  return row;
}
