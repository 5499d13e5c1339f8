import { z } from 'zod';
import { targetRuleSchema } from '@jalon/domain/indicators/indicator-definition';
import { catalogueParam, establishmentParams, yearParam } from './establishment-targets.ts';
import { INDICATOR_LIMITS } from './indicator-limits.ts';

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const overrideSchema = z.object({
  code: z.string(),
  year: z.number().int(),
  component: z.object({ key: z.string(), label: z.string() }).nullable(),
  rule: targetRuleSchema,
  /** The rule in French, as the fiche's table writes it. */
  ruleText: z.string(),
  reason: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: person,
});
export type Override = z.infer<typeof overrideSchema>;

export const overrideParams = establishmentParams.extend({
  code: z.string().max(INDICATOR_LIMITS.code),
  year: yearParam,
});

export const overridesQuery = z.object({
  catalogue: catalogueParam,
  year: yearParam.optional(),
});

/** The rule is checked by the domain schema in the handler, so that its errors carry paths under `rule`. */
export const putOverrideBody = z.object({
  component: z.string().max(INDICATOR_LIMITS.code).nullable().default(null),
  rule: z.record(z.string(), z.unknown()),
  reason: z.string().trim().min(1, 'Motif obligatoire').max(INDICATOR_LIMITS.reason),
});
export type PutOverrideBody = z.infer<typeof putOverrideBody>;

export const deleteOverrideQuery = z.object({
  catalogue: catalogueParam,
  component: z.string().max(INDICATOR_LIMITS.code).optional(),
});

export const overrideListSchema = z.object({ items: z.array(overrideSchema) });
export type OverrideList = z.infer<typeof overrideListSchema>;
