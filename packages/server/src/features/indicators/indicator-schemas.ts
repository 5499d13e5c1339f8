import { z } from 'zod';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { versionParam } from '../../http/versioning.ts';

export const INDICATOR_LIMITS = { search: 100, note: 500, objective: 500 } as const;

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

export const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/).max(100) });
export const attachCatalogueBody = z.object({ regionId: z.uuid().nullable() });

export const INDICATOR_KINDS = ['count', 'rate', 'boolean', 'date', 'milestone', 'components'] as const;

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

export const indicatorDetailSchema = indicatorSummarySchema.extend({
  definition: indicatorDefinitionSchema,
  targetTable: targetTableSchema,
  updatedAt: z.string(),
  updatedBy: person,
});
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

export const listIndicatorsQuery = z.object({
  catalogue: z.string().max(100).optional(),
  q: z.string().trim().max(INDICATOR_LIMITS.search).optional(),
  /** Only the indicators of this kind. */
  kind: z.enum(INDICATOR_KINDS).optional(),
  /** Only the indicators serving this strategic objective, as the fiches word it. */
  objective: z.string().trim().min(1).max(INDICATOR_LIMITS.objective).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListIndicatorsQuery = z.infer<typeof listIndicatorsQuery>;

export const codeParams = z.object({ code: z.string().max(60) });
export const catalogueQuery = z.object({ catalogue: z.string().max(100).optional() });

/** The fiche is checked by the domain schema in the handler, so that its errors carry paths under `definition`. */
export const updateIndicatorBody = z.object({
  definition: z.record(z.string(), z.unknown()),
  note: z.string().trim().max(INDICATOR_LIMITS.note).optional(),
});

export const versionSummarySchema = z.object({
  version: z.number().int(),
  changedAt: z.string(),
  changedBy: person,
  note: z.string().nullable(),
});
export const versionDetailSchema = versionSummarySchema.extend({ definition: indicatorDefinitionSchema });
export const versionParams = codeParams.extend({ version: versionParam });
