import type { TFunction } from 'i18next';
import { ORG_LIMITS } from '@jalon/contract/org-units/org-unit-limits';
import { zodValidate } from '../../../lib/zod-form.ts';
import { updateOrgUnitFormSchema } from './org-unit-form-schema.ts';
import { formValuesToInput, type OrgUnitFormValues } from './org-unit-form-values.ts';

/** Validates the form through the request schema, with a translated message per field. */
export function orgUnitValidate(t: TFunction): (values: OrgUnitFormValues) => Record<string, string> {
  const validate = zodValidate(
    updateOrgUnitFormSchema,
    {
      name: t('Saisissez un nom ({{max}} caractères au plus).', { max: ORG_LIMITS.name }),
      shortName: t('{{max}} caractères au plus.', { max: ORG_LIMITS.shortName }),
      finess: t('Numéro FINESS invalide : 9 caractères dont une clé de contrôle.'),
      'establishment.category': t('Choisissez une catégorie.'),
      'establishment.legalStatus': t('Choisissez un statut juridique.'),
      'establishment.department': t('Département invalide (par exemple 31, 2A, 974).'),
      'establishment.capacities': t('Une seule ligne par année, entre 2000 et 2100, sans valeur négative.'),
    },
    t('Valeur invalide.'),
  );
  return (values) => validate(formValuesToInput(values));
}

/** Field paths of the form, for placing server errors under the right input. */
export const ORG_UNIT_FIELDS = [
  'kind',
  'name',
  'shortName',
  'finess',
  'establishment.category',
  'establishment.legalStatus',
  'establishment.department',
  'establishment.capacities',
  'establishment.authorisations',
  'establishment.associatedGhtIds',
] as const;
