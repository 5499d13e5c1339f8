import { z } from 'zod';
import {
  authorisationSchema,
  capacitySchema,
  establishmentCategorySchema,
  legalStatusSchema,
  orgUnitKindSchema,
} from '@jalon/domain/organisation/establishment';
import { normalizeFiness, validateFiness } from '@jalon/domain/organisation/finess';

/** Same limits as the server's request schemas. */
export const ORG_LIMITS = { name: 200, shortName: 60, capacities: 30 } as const;

const finessField = z
  .string()
  .nullable()
  .refine((value) => value === null || validateFiness(normalizeFiness(value)).ok, { message: 'INVALID_FINESS' });

export const establishmentInputSchema = z.object({
  category: establishmentCategorySchema,
  legalStatus: legalStatusSchema,
  department: z.string().regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/),
  capacities: z
    .array(capacitySchema)
    .max(ORG_LIMITS.capacities)
    .refine((list) => new Set(list.map((c) => c.year)).size === list.length),
  authorisations: z.array(authorisationSchema),
  associatedGhtIds: z.array(z.string()),
});
export type EstablishmentInput = z.infer<typeof establishmentInputSchema>;

const commonFields = {
  name: z.string().trim().min(1).max(ORG_LIMITS.name),
  shortName: z.string().trim().max(ORG_LIMITS.shortName).nullable(),
  finess: finessField,
  establishment: establishmentInputSchema.optional(),
};

export const createOrgUnitInputSchema = z.object({
  kind: orgUnitKindSchema,
  parentId: z.string().nullable(),
  ...commonFields,
});
export type CreateOrgUnitInput = z.infer<typeof createOrgUnitInputSchema>;

export const updateOrgUnitInputSchema = z.object(commonFields).partial();
export type UpdateOrgUnitInput = z.infer<typeof updateOrgUnitInputSchema>;

/** Form text to request values: blank optional text becomes null, FINESS loses its display spaces. */
export function cleanOptionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function cleanFiness(value: string): string | null {
  const cleaned = cleanOptionalText(value);
  return cleaned === null ? null : normalizeFiness(cleaned);
}
