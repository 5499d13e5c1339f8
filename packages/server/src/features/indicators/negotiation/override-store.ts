import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { IndicatorDefinition, TargetRule } from '@jalon/domain/indicators/indicator-definition';
import { describeRule } from '@jalon/domain/indicators/target-table';
import { prepareIndicator, readsAsPercent } from '@jalon/domain/indicators/prepared-indicator';
import type { Db } from '../../../db/database.ts';
import { authorOf } from '../../../db/schema/authorship.ts';
import { cpomTargetOverride, indicatorDefinition } from '../../../db/schema/indicator.table.ts';
import type { Override } from '@jalon/contract/indicators/negotiated-target';

const columns = {
  id: cpomTargetOverride.id,
  code: indicatorDefinition.code,
  year: cpomTargetOverride.year,
  component: cpomTargetOverride.component,
  rule: cpomTargetOverride.rule,
  reason: cpomTargetOverride.reason,
  version: cpomTargetOverride.version,
  updatedAt: cpomTargetOverride.updatedAt,
  updatedById: cpomTargetOverride.updatedById,
  updatedByName: cpomTargetOverride.updatedByName,
};

export interface OverrideRow {
  id: string;
  code: string;
  year: number;
  component: string | null;
  rule: unknown;
  reason: string;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
  updatedByName: string | null;
}

export function overrideOf(row: OverrideRow, fiche: IndicatorDefinition): Override {
  const rule = row.rule as TargetRule;
  const prepared = prepareIndicator(fiche);
  const component = row.component ?? undefined;
  return {
    code: row.code,
    year: row.year,
    component:
      component === undefined ? null : { key: component, label: prepared.componentLabels.get(component) ?? component },
    rule,
    ruleText: describeRule(rule, readsAsPercent(prepared, component)),
    reason: row.reason,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: authorOf(row.updatedById, row.updatedByName),
  };
}

/** The establishment's negotiated targets for the catalogue's indicators. */
export async function overridesOf(
  db: Db,
  establishmentId: string,
  catalogueId: string,
  year?: number,
): Promise<OverrideRow[]> {
  return db
    .select(columns)
    .from(cpomTargetOverride)
    .innerJoin(indicatorDefinition, eq(indicatorDefinition.id, cpomTargetOverride.definitionId))
    .where(
      and(
        eq(cpomTargetOverride.orgUnitId, establishmentId),
        eq(indicatorDefinition.catalogueId, catalogueId),
        year === undefined ? undefined : eq(cpomTargetOverride.year, year),
      ),
    )
    .orderBy(asc(indicatorDefinition.position), asc(cpomTargetOverride.year), asc(cpomTargetOverride.component));
}

export async function overrideAt(
  db: Db,
  key: { establishmentId: string; definitionId: string; year: number; component: string | null },
  options: { lock?: boolean } = {},
): Promise<OverrideRow | undefined> {
  const component: SQL =
    key.component === null ? isNull(cpomTargetOverride.component) : eq(cpomTargetOverride.component, key.component);
  const query = db
    .select(columns)
    .from(cpomTargetOverride)
    .innerJoin(indicatorDefinition, eq(indicatorDefinition.id, cpomTargetOverride.definitionId))
    .where(
      and(
        eq(cpomTargetOverride.orgUnitId, key.establishmentId),
        eq(cpomTargetOverride.definitionId, key.definitionId),
        eq(cpomTargetOverride.year, key.year),
        component,
      ),
    );
  const [row] = options.lock ? await query.for('update', { of: cpomTargetOverride }) : await query;
  return row;
}
