import { z } from 'zod';
import type { IndicatorDefinition } from './indicator-definition.ts';
import { yearSchema } from './indicator-definition.ts';
import { checkValueAgainstKind, deriveRate, type FieldError } from './value-checks.ts';

export type { FieldError } from './value-checks.ts';

/**
 * What an establishment reports for one indicator and one year. The shape is
 * the same for every kind; which fields make sense depends on the indicator,
 * and `validateIndicatorValue` checks that.
 */
export const indicatorValueSchema = z.strictObject({
  year: yearSchema,
  /** A count, a rate (in the indicator's scale), yes/no, an ISO date or a milestone status. */
  value: z.union([z.number(), z.boolean(), z.string(), z.null()]).optional(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  /** Per component key, when the indicator has several components. */
  components: z.record(z.string(), z.union([z.number(), z.boolean(), z.null()])).optional(),
  milestoneReached: z.boolean().optional(),
  /** Target the establishment chose for itself, where the fiche lets it (≥ floor). */
  chosenTarget: z.number().optional(),
  comment: z.string().optional(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

/**
 * Declared progress of a milestone, accepted as `value` where a milestone is
 * expected. "in-progress" is what makes a milestone partly met.
 */
export const MILESTONE_STATUSES = ['not-started', 'in-progress', 'reached'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export type IndicatorValueValidation = { ok: true; value: IndicatorValue } | { ok: false; errors: FieldError[] };

const FIELD_LABELS: Readonly<Record<string, string>> = {
  year: 'L’année',
  value: 'La valeur',
  numerator: 'Le numérateur',
  denominator: 'Le dénominateur',
  components: 'Les composantes',
  milestoneReached: 'L’atteinte du jalon',
  chosenTarget: 'La cible choisie',
  comment: 'Le commentaire',
};

const EXPECTED_LABELS: Readonly<Record<string, string>> = {
  number: 'un nombre',
  boolean: 'oui ou non',
  string: 'un texte',
  object: 'un objet',
};

/**
 * Checks a reported value against the indicator's kind and returns either the
 * typed value (with a rate derived from numerator and denominator) or every
 * problem found, each with its field path and a French message.
 */
export function validateIndicatorValue(indicator: IndicatorDefinition, input: unknown): IndicatorValueValidation {
  const parsed = indicatorValueSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(issueToFieldError) };
  const value = parsed.data;
  const errors = checkValueAgainstKind(indicator, value);
  if (value.year > indicator.measurement.to) {
    errors.push({
      path: ['year'],
      code: 'YEAR_OUT_OF_PERIOD',
      message: `L’année ${value.year} est postérieure à la période de mesure (${indicator.measurement.from}-${indicator.measurement.to})`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: deriveRate(indicator, value) };
}

function issueToFieldError(issue: z.core.$ZodIssue): FieldError {
  const path = issue.path.map(String);
  const field = FIELD_LABELS[path[0] ?? ''] ?? 'Ce champ';
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    const expected = issue.code === 'invalid_type' ? EXPECTED_LABELS[issue.expected] : undefined;
    return { path, code: 'INVALID_TYPE', message: `${field} doit être ${expected ?? 'd’un autre type'}` };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return { path, code: 'OUT_OF_RANGE', message: `${field} est hors des bornes admises` };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      path: [...path, ...issue.keys.slice(0, 1)],
      code: 'UNKNOWN_FIELD',
      message: `Champ inconnu : ${issue.keys.join(', ')}`,
    };
  }
  return { path, code: 'INVALID_VALUE', message: `${field} est invalide` };
}
