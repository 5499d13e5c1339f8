import { z } from 'zod';
import { validateFiness } from '../organisation/finess.ts';
import {
  authorisationSchema,
  cpomTierSchema,
  establishmentCategorySchema,
  legalStatusSchema,
} from '../organisation/establishment.ts';

/**
 * The methodological fiche of an indicator (seed 003), as data.
 * A fiche is written once per catalogue version and never carries an
 * establishment's values: those live beside it, per year.
 */

const text = z.string().trim().min(1);
export const yearSchema = z.number().int().min(2000).max(2100);

export const indicatorCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'code en majuscules, chiffres et _');

/** What is measured, and so what shape a reported value takes. */
export const indicatorKindSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('count') }),
  z.object({
    type: z.literal('rate'),
    numerator: text,
    denominator: text,
    /** 100 for a percentage. */
    scale: z.number().positive().default(100),
    /**
     * False for a ratio that is not a part of a whole (meetings per tension
     * period: 11 for 2 periods gives 5.5), so the numerator may exceed the
     * denominator and the value the scale. A flag rather than a kind of its
     * own: a ratio reads, derives and judges exactly like a rate.
     */
    share: z.boolean().optional(),
  }),
  z.object({ type: z.literal('boolean') }),
  z.object({ type: z.literal('date') }),
  z.object({ type: z.literal('milestone') }),
  z.object({
    type: z.literal('components'),
    /** e.g. mammographies and breast ultrasounds; tele-health acts by type; crisis plans. */
    components: z
      .array(
        z.object({
          key: z.string().regex(/^[a-z][a-z0-9-]*$/),
          label: text,
          /** Kind of each component's value. */
          valueType: z.enum(['count', 'boolean', 'rate']).default('count'),
        }),
      )
      .min(1),
  }),
]);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const comparatorSchema = z.enum(['>=', '>', '<=', '<', '=']);
export type Comparator = z.infer<typeof comparatorSchema>;

/**
 * One year's target, in every shape found in seed 003. Rules that refer to
 * "the previous year" use the establishment's reported value of year N-1
 * (falling back to the previous year's resolved target when the fiche says so).
 */
export const targetRuleSchema = z.discriminatedUnion('shape', [
  /** ≥ 10 %, ≤ 3 days, = 1 … */
  z.object({ shape: z.literal('threshold'), comparator: comparatorSchema, value: z.number() }),
  /** +5 partnerships over the previous year's value. */
  z.object({
    shape: z.literal('increment'),
    amount: z.number(),
    base: z.enum(['previous-value', 'previous-target']).default('previous-value'),
  }),
  /** +5 % over the previous year's value (740 in 2024 → 762 in 2025 at +3 %). */
  z.object({
    shape: z.literal('percent-increase'),
    percent: z.number(),
    base: z.enum(['previous-value', 'previous-target']).default('previous-value'),
    rounding: z.enum(['round', 'ceil', 'floor', 'none']).default('round'),
  }),
  /** +20 % of the baseline year's value (baseline × 1.20). */
  z.object({ shape: z.literal('percent-of-baseline'), percent: z.number(), baselineYear: yearSchema }),
  /** +2 points of a rate over the previous year's value. */
  z.object({
    shape: z.literal('points'),
    points: z.number(),
    base: z.enum(['previous-value', 'previous-target']).default('previous-value'),
  }),
  /** 2 of the 3 components done (e.g. crisis plans updated). */
  z.object({ shape: z.literal('components-count'), required: z.number().int().min(0), of: z.number().int().min(1) }),
  /** Yes expected (a charter signed, a cell in place). */
  z.object({ shape: z.literal('boolean'), expected: z.boolean().default(true) }),
  /** A qualitative milestone to reach ("état des lieux réalisé"), judged from the declared status and proofs. */
  z.object({ shape: z.literal('milestone'), label: text }),
  /** The establishment chooses its own target, at least `floor` (e.g. ≥ 5 %). */
  z.object({ shape: z.literal('chosen-within-floor'), floor: z.number(), comparator: comparatorSchema.default('>=') }),
  /** Any improvement over the previous year's value. */
  z.object({
    shape: z.literal('positive-progression'),
    /** Holding the previous value also counts ("progression positive ou stabilisation", CPOM_OS_19 in 2029). */
    orStable: z.boolean().optional(),
  }),
  /** At least (or at most) `value` summed over the years since `fromYear` included. */
  z.object({
    shape: z.literal('cumulative'),
    comparator: comparatorSchema.default('>='),
    value: z.number(),
    fromYear: yearSchema,
  }),
  /** Not applicable that year for that scope. */
  z.object({ shape: z.literal('not-applicable'), reason: text.optional() }),
]);
export type TargetRule = z.infer<typeof targetRuleSchema>;
export type TargetShape = TargetRule['shape'];

/** A FINESS EJ number whose check key is right, so a typo in a fiche fails at load time. */
const finessSchema = z.string().refine((value) => validateFiness(value).ok, 'numéro FINESS invalide');

/** Which establishments a target row concerns. Empty fields match everyone. */
export const targetScopeSchema = z.object({
  /** Named establishments (FINESS EJ): such a row outranks any row scoped by category or tier. */
  finess: z.array(finessSchema).min(1).optional(),
  tiers: z.array(cpomTierSchema).optional(),
  categories: z.array(establishmentCategorySchema).optional(),
  legalStatuses: z.array(legalStatusSchema).optional(),
  /** Free label shown in the fiche's table header ("CHU", "CH > 500 lits"). */
  label: text,
});
export type TargetScope = z.infer<typeof targetScopeSchema>;

/** One row of a fiche's target table: a scope, optionally a component, and a rule per year. */
export const targetRowSchema = z.object({
  scope: targetScopeSchema,
  /** Key of a component when the indicator has several (mammographies, échographies). */
  component: z.string().optional(),
  years: z.record(z.string().regex(/^\d{4}$/), targetRuleSchema),
});
export type TargetRow = z.infer<typeof targetRowSchema>;

/** A condition an establishment must meet for the indicator to apply to it. */
export const applicabilityConditionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ght-member') }),
  z.object({ type: z.literal('categories'), include: z.array(establishmentCategorySchema).min(1) }),
  z.object({ type: z.literal('exclude-categories'), exclude: z.array(establishmentCategorySchema).min(1) }),
  z.object({ type: z.literal('legal-statuses'), include: z.array(legalStatusSchema).min(1) }),
  z.object({ type: z.literal('authorisation'), authorisation: authorisationSchema }),
  z.object({ type: z.literal('tiers'), include: z.array(cpomTierSchema).min(1) }),
  /** Named establishments (FINESS EJ), when a fiche targets e.g. one CHU. */
  z.object({ type: z.literal('finess'), include: z.array(z.string().length(9)).min(1) }),
]);
export type ApplicabilityCondition = z.infer<typeof applicabilityConditionSchema>;

export const interpretationBandSchema = z.object({
  label: text,
  min: z.number().optional(),
  max: z.number().optional(),
});

export const indicatorDefinitionSchema = z.object({
  code: indicatorCodeSchema,
  /** Other spellings found in documents (CPOM_CT_07 for CPOM_CT_7). */
  aliases: z.array(indicatorCodeSchema).default([]),
  title: text,
  /** Strategic objective the indicator serves. */
  objective: text,
  /** Context and definition, in plain words. */
  definition: text,
  kind: indicatorKindSchema,
  /** Formula in words, when quantitative. */
  formula: text.optional(),
  unit: text,
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  dataSources: z.array(text).min(1),
  partners: z.array(text).default([]),
  steering: text.optional(),
  frequency: z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly']).default('yearly'),
  /** First and last year measured (2025-2029 for the CPOM). */
  measurement: z.object({ from: yearSchema, to: yearSchema }),
  /** Year whose value serves as reference, when the fiche names one. */
  baselineYear: yearSchema.optional(),
  /** All conditions must hold; each applies with a French reason when it fails. */
  applicability: z.array(applicabilityConditionSchema).default([]),
  proofElements: z.array(text).default([]),
  /** What the comment accompanying a value must state (theme, participants…). */
  commentMustState: z.array(text).default([]),
  interpretationBands: z.array(interpretationBandSchema).default([]),
  targets: z.array(targetRowSchema).min(1),
  /** Editorial notes: OCR reconstructions, ambiguities resolved. */
  sourceNotes: z.array(text).default([]),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionSchema>;

export const catalogueSchema = z.object({
  /** Stable slug, e.g. "cpom-occitanie-2025-2029". */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  issuer: text,
  version: z.number().int().min(1),
  period: z.object({ from: yearSchema, to: yearSchema }),
  indicators: z.array(indicatorDefinitionSchema).min(1),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
