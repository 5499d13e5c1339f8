import { z } from 'zod';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { PAGE_LIMITS } from '../common/page.ts';
import { versionParam } from '../common/version-param.ts';
import { INDICATOR_LIMITS } from './indicator-limits.ts';

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const catalogueSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  issuer: z.string(),
  edition: z.number().int(),
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  region: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  indicatorCount: z.number().int(),
});
export type CatalogueSummary = z.infer<typeof catalogueSummarySchema>;

export const slugParams = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(INDICATOR_LIMITS.slug),
});
export const attachCatalogueBody = z.object({ regionId: z.uuid().nullable() });
export type AttachCatalogueBody = z.infer<typeof attachCatalogueBody>;

export const INDICATOR_KINDS = ['count', 'rate', 'boolean', 'date', 'milestone', 'components'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const indicatorSummarySchema = z.object({
  code: z.string(),
  aliases: z.array(z.string()),
  catalogue: z.object({ slug: z.string(), title: z.string() }),
  title: z.string(),
  objective: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string(),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  dataSources: z.array(z.string()),
  applicability: z.array(z.string()),
  version: z.number().int(),
});
export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

export const targetTableSchema = z.object({
  years: z.array(z.number().int()),
  rows: z.array(
    z.object({
      scope: z.string(),
      component: z.object({ key: z.string(), label: z.string() }).nullable(),
      cells: z.array(z.string().nullable()),
    }),
  ),
});
export type TargetTable = z.infer<typeof targetTableSchema>;
export type TargetTableRow = TargetTable['rows'][number];

export const indicatorDetailSchema = indicatorSummarySchema.extend({
  definition: indicatorDefinitionSchema,
  targetTable: targetTableSchema,
  updatedAt: z.string(),
  updatedBy: person,
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

export const listIndicatorsQuery = z.object({
  catalogue: z.string().max(INDICATOR_LIMITS.slug).optional(),
  q: z.string().trim().max(INDICATOR_LIMITS.search).optional(),
  /** Only the indicators of this kind. */
  kind: z.enum(INDICATOR_KINDS).optional(),
  /** Only the indicators serving this strategic objective, as the fiches word it. */
  objective: z.string().trim().min(1).max(INDICATOR_LIMITS.objective).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_LIMITS.pageSize).default(PAGE_LIMITS.defaultPageSize),
});
export type ListIndicatorsQuery = z.infer<typeof listIndicatorsQuery>;

export const codeParams = z.object({ code: z.string().max(INDICATOR_LIMITS.code) });
export const catalogueQuery = z.object({ catalogue: z.string().max(INDICATOR_LIMITS.slug).optional() });

/** The fiche is checked by the domain schema in the handler, so that its errors carry paths under `definition`. */
export const updateIndicatorBody = z.object({
  definition: z.record(z.string(), z.unknown()),
  note: z.string().trim().max(INDICATOR_LIMITS.note).optional(),
});
export type UpdateIndicatorBody = z.infer<typeof updateIndicatorBody>;

export const versionSummarySchema = z.object({
  version: z.number().int(),
  changedAt: z.string(),
  changedBy: person,
  note: z.string().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export const versionDetailSchema = versionSummarySchema.extend({ definition: indicatorDefinitionSchema });
export type VersionDetail = z.infer<typeof versionDetailSchema>;
export const versionParams = codeParams.extend({ version: versionParam });

export const catalogueListSchema = z.object({ items: z.array(catalogueSummarySchema) });
export type CatalogueList = z.infer<typeof catalogueListSchema>;

export const indicatorPageSchema = z.object({
  items: z.array(indicatorSummarySchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});

export const versionListSchema = z.object({ items: z.array(versionSummarySchema) });
export type VersionList = z.infer<typeof versionListSchema>;
