import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import type { DemoOrgUnit } from './demo-org-unit.ts';
import { demoOrgUnits } from './organisations.ts';

/** A demo establishment as the target engine sees it, with the size its figures scale with. */
export interface DemoEstablishmentProfile {
  key: string;
  profile: EstablishmentProfile;
  /**
   * Beds of 2024, or places for an establishment without beds (home
   * hospitalisation): how much activity its figures should reflect.
   */
  size: number;
  /** Short name of its GHT, or of the GHT it is associated to, for comments. */
  ghtName: string | undefined;
}

const REGION_KEY = 'occitanie';

function regionOf(unit: DemoOrgUnit, byKey: ReadonlyMap<string, DemoOrgUnit>): string {
  let current = unit;
  while (current.parentKey !== undefined) {
    const parent = byKey.get(current.parentKey);
    if (parent === undefined) return current.key;
    current = parent;
  }
  return current.key;
}

function toProfile(unit: DemoOrgUnit, byKey: ReadonlyMap<string, DemoOrgUnit>): DemoEstablishmentProfile | undefined {
  const details = unit.establishment;
  if (details === undefined || unit.finess === undefined) return undefined;
  const parent = unit.parentKey === undefined ? undefined : byKey.get(unit.parentKey);
  const associated = details.associatedGhtKeys ?? [];
  const ghtKey = parent?.kind === 'ght' ? parent.key : associated[0];
  const first = details.capacities.find((c) => c.year === 2024) ?? details.capacities[0];
  const beds = first?.beds ?? 0;
  return {
    key: unit.key,
    profile: {
      id: unit.key,
      name: unit.shortName ?? unit.name,
      finess: unit.finess,
      category: details.category,
      legalStatus: details.legalStatus,
      capacities: details.capacities,
      authorisations: details.authorisations,
      ghtMember: parent?.kind === 'ght',
      ghtAssociated: associated.length > 0,
    },
    size: beds > 0 ? beds : (first?.places ?? 0),
    ghtName: ghtKey === undefined ? undefined : byKey.get(ghtKey)?.name,
  };
}

/** The establishments of the Occitanie demo region, in the order of the demo tree. */
export function occitanieDemoEstablishments(): DemoEstablishmentProfile[] {
  const byKey = new Map(demoOrgUnits.map((u) => [u.key, u]));
  const result: DemoEstablishmentProfile[] = [];
  for (const unit of demoOrgUnits) {
    if (unit.kind !== 'establishment' || regionOf(unit, byKey) !== REGION_KEY) continue;
    const profile = toProfile(unit, byKey);
    if (profile !== undefined) result.push(profile);
  }
  return result;
}
