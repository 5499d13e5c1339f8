import { z } from 'zod';
import { targetRuleSchema } from '@jalon/domain/indicators/indicator-definition';
import { catalogueParam, establishmentParams } from './targets-schemas.ts';

export const OVERRIDE_LIMITS = { reason: 1000 } as const;

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
  code: z.string().max(60),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const overridesQuery = z.object({
  catalogue: catalogueParam,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** The rule is checked by the domain schema in the handler, so that its errors carry paths under `rule`. */
export const putOverrideBody = z.object({
  component: z.string().max(60).nullable().default(null),
  rule: z.record(z.string(), z.unknown()),
  reason: z.string().trim().min(1, 'Motif obligatoire').max(OVERRIDE_LIMITS.reason),
});

export const deleteOverrideQuery = z.object({
  catalogue: catalogueParam,
  component: z.string().max(60).optional(),
});
