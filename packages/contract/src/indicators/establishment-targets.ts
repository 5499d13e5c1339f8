import { z } from 'zod';
import { indicatorValueSchema } from '@jalon/domain/indicators/indicator-value';
import { cpomTierSchema, establishmentCategorySchema } from '@jalon/domain/organisation/establishment';
import { INDICATOR_LIMITS } from './indicator-limits.ts';

/** A year in a path or a query, within the span any catalogue covers. */
export const yearParam = z.coerce.number().int().min(INDICATOR_LIMITS.yearMin).max(INDICATOR_LIMITS.yearMax);

const judgementSchema = z.enum(['met', 'partly-met', 'not-met', 'not-applicable', 'pending']);
const component = z.object({ key: z.string(), label: z.string() });

export const establishmentParams = z.object({ id: z.uuid() });

/** Said once for every route about one establishment: a catalogue of another region does not exist for it. */
export const catalogueParam = z
  .string()
  .max(INDICATOR_LIMITS.slug)
  .optional()
  .describe(
    'Slug du catalogue ; par défaut celui de la région de l’établissement. Un catalogue d’une autre région (ou rattaché à aucune) répond 404.',
  );

export const targetsQuery = z.object({
  year: yearParam.optional(),
  catalogue: catalogueParam,
});

export const establishmentTargetsSchema = z.object({
  establishment: z.object({
    id: z.uuid(),
    name: z.string(),
    finess: z.string().nullable(),
    category: establishmentCategorySchema,
    tier: cpomTierSchema.nullable(),
  }),
  catalogue: z
    .object({ slug: z.string(), title: z.string(), period: z.object({ from: z.number(), to: z.number() }) })
    .nullable(),
  year: z.number().int(),
  summary: z.object({
    met: z.number(),
    partlyMet: z.number(),
    notMet: z.number(),
    notApplicable: z.number(),
    pending: z.number(),
  }),
  items: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      objective: z.string(),
      unit: z.string(),
      /** The fiche's components in its order, so a value can be labelled even when a target bears on their total. */
      components: z.array(component),
      /** Targets the ARS negotiated with this establishment for the year, replacing the fiche's. */
      /** False when the fiche's conditions exclude the establishment or the year is outside its measurement. */
      applicable: z.boolean(),
      negotiated: z.array(z.object({ component: component.nullable(), text: z.string(), reason: z.string() })),
      judgement: judgementSchema,
      explanation: z.string(),
      targets: z.array(
        z.object({
          component: component.nullable(),
          status: z.enum(['resolved', 'not-applicable', 'pending']),
          text: z.string(),
        }),
      ),
      reported: indicatorValueSchema.nullable(),
      componentJudgements: z.array(component.extend({ judgement: judgementSchema })),
    }),
  ),
});
export type EstablishmentTargets = z.infer<typeof establishmentTargetsSchema>;
export type TargetItem = EstablishmentTargets['items'][number];
export type NegotiatedTarget = TargetItem['negotiated'][number];

export const valuesQuery = z.object({
  catalogue: catalogueParam,
  year: yearParam.optional(),
});

export const valueParams = establishmentParams.extend({
  code: z.string().max(INDICATOR_LIMITS.code),
  year: yearParam,
});

/** Checked against the indicator's kind by the domain, so that each error names its field. */
export const putValueBody = z.record(z.string(), z.unknown());

export const storedValueSchema = z.object({
  code: z.string(),
  year: z.number().int(),
  value: indicatorValueSchema,
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type StoredValue = z.infer<typeof storedValueSchema>;

export const storedValueListSchema = z.object({ items: z.array(storedValueSchema) });
export type StoredValueList = z.infer<typeof storedValueListSchema>;
