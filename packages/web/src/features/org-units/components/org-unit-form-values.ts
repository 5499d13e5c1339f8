import type {
  Authorisation,
  EstablishmentCategory,
  LegalStatus,
  OrgUnitKind,
} from '@jalon/domain/organisation/establishment';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import type { CreateOrgUnitBody, EstablishmentInput, UpdateOrgUnitBody } from '@jalon/contract/org-units/org-unit';
import { cleanFiness, cleanOptionalText } from './org-unit-form-schema.ts';

/** What the organisation form edits: plain strings where the user types. */
export interface OrgUnitFormValues {
  name: string;
  shortName: string;
  finess: string;
  establishment: {
    category: EstablishmentCategory | null;
    legalStatus: LegalStatus | null;
    department: string;
    capacities: { year: number; beds: number; places: number }[];
    authorisations: Authorisation[];
    associatedGhtIds: string[];
  } | null;
}

export function emptyEstablishment(): NonNullable<OrgUnitFormValues['establishment']> {
  return {
    category: null,
    legalStatus: null,
    department: '',
    capacities: [],
    authorisations: [],
    associatedGhtIds: [],
  };
}

export function formValuesFromUnit(unit: OrgUnitView): OrgUnitFormValues {
  const establishment = unit.establishment;
  return {
    name: unit.name,
    shortName: unit.shortName ?? '',
    finess: unit.finess ?? '',
    establishment: establishment
      ? {
          category: establishment.category,
          legalStatus: establishment.legalStatus,
          department: establishment.department,
          capacities: establishment.capacities.map((capacity) => ({ ...capacity })),
          authorisations: [...establishment.authorisations],
          associatedGhtIds: establishment.associatedGhts.map((ght) => ght.id),
        }
      : unit.kind === 'establishment'
        ? emptyEstablishment()
        : null,
  };
}

function establishmentInput(values: NonNullable<OrgUnitFormValues['establishment']>): EstablishmentInput {
  // Missing selections are left for the schema to reject with a field error.
  return {
    category: values.category as EstablishmentCategory,
    legalStatus: values.legalStatus as LegalStatus,
    department: values.department.trim().toUpperCase(),
    capacities: values.capacities,
    authorisations: values.authorisations,
    associatedGhtIds: values.associatedGhtIds,
  };
}

/** Request body of the form, in the shape the API and the schema expect. */
export function formValuesToInput(values: OrgUnitFormValues): UpdateOrgUnitBody {
  const input: UpdateOrgUnitBody = {
    name: values.name.trim(),
    shortName: cleanOptionalText(values.shortName),
    finess: cleanFiness(values.finess),
  };
  if (values.establishment) input.establishment = establishmentInput(values.establishment);
  return input;
}

/** Request body for a new unit of `kind` under `parentId`. */
export function formValuesToCreateInput(
  values: OrgUnitFormValues,
  kind: OrgUnitKind,
  parentId: string | null,
): CreateOrgUnitBody {
  const input: CreateOrgUnitBody = {
    kind,
    parentId,
    name: values.name.trim(),
    shortName: cleanOptionalText(values.shortName),
    finess: cleanFiness(values.finess),
  };
  if (values.establishment) input.establishment = establishmentInput(values.establishment);
  return input;
}
