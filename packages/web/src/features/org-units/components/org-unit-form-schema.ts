import { z } from 'zod';
import { normalizeFiness, validateFiness } from '@jalon/domain/organisation/finess';
import { createOrgUnitBody, updateOrgUnitBody } from '@jalon/contract/org-units/org-unit';

// The form also checks the FINESS key, which the server checks in its use case,
// so the user learns of a typo before sending.
const finessField = z
  .string()
  .nullable()
  .refine((value) => value === null || validateFiness(normalizeFiness(value)).ok, { message: 'INVALID_FINESS' });

export const createOrgUnitFormSchema = createOrgUnitBody.extend({ finess: finessField });

export const updateOrgUnitFormSchema = updateOrgUnitBody.extend({ finess: finessField.optional() });

/** Form text to request values: blank optional text becomes null, FINESS loses its display spaces. */
export function cleanOptionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function cleanFiness(value: string): string | null {
  const cleaned = cleanOptionalText(value);
  return cleaned === null ? null : normalizeFiness(cleaned);
}
