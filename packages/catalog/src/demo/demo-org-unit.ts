import type {
  Authorisation,
  Capacity,
  EstablishmentCategory,
  LegalStatus,
  OrgUnitKind,
} from '@jalon/domain/organisation/establishment';

/** One unit of the demo organisation tree, in the order it must be created. */
export interface DemoOrgUnit {
  /** Stable unique slug, used to reference the unit from accounts and plans. */
  key: string;
  /** Absent only for regions. */
  parentKey?: string;
  kind: OrgUnitKind;
  name: string;
  shortName?: string;
  /** FINESS EJ for an establishment, FINESS ET for a site. */
  finess?: string;
  establishment?: DemoEstablishment;
}

export interface DemoEstablishment {
  category: EstablishmentCategory;
  legalStatus: LegalStatus;
  /** INSEE department code as FINESS writes it, e.g. '31', '2A'. */
  department: string;
  capacities: Capacity[];
  authorisations: Authorisation[];
  /** GHTs a private or medico-social partner is associated to, without being a member. */
  associatedGhtKeys?: string[];
}

/**
 * Capacity for 2024, 2025 and 2026: beds of full hospitalisation, which
 * decide the CPOM tier, and day or home places, which do not.
 */
export function capacities2024To2026(
  beds: readonly [number, number, number],
  places: readonly [number, number, number],
): Capacity[] {
  return [2024, 2025, 2026].map((year, i) => ({ year, beds: beds[i] ?? 0, places: places[i] ?? 0 }));
}

/** A geographical site (FINESS ET) of an establishment. */
export function site(key: string, parentKey: string, name: string, finess: string): DemoOrgUnit {
  return { key, parentKey, kind: 'site', name, finess };
}

/** A pôle, DMU or GHU. */
export function grouping(key: string, parentKey: string, name: string, shortName?: string): DemoOrgUnit {
  return shortName === undefined
    ? { key, parentKey, kind: 'grouping', name }
    : { key, parentKey, kind: 'grouping', name, shortName };
}

/** A care unit (service, unité fonctionnelle). */
export function unit(key: string, parentKey: string, name: string): DemoOrgUnit {
  return { key, parentKey, kind: 'unit', name };
}
