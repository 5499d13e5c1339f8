import type {
  Authorisation,
  Capacity,
  EstablishmentCategory,
  EstablishmentProfile,
  LegalStatus,
} from '@jalon/domain/organisation/establishment';
import { finessCheckDigit } from '@jalon/domain/organisation/finess';
import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { resolveTargets, type ResolvedTarget } from '@jalon/domain/indicators/target-engine';

/**
 * Establishments for the CPOM fiche tests. A fiche test states only what
 * decides its targets (category, size, GHT membership…); the rest gets the
 * value an Occitanie establishment of that category usually has.
 */
export interface EstablishmentOptions {
  category: EstablishmentCategory;
  /** Beds every year of 2024-2029; pick a size well inside a CPOM tier. */
  beds: number;
  places?: number;
  legalStatus?: LegalStatus;
  ghtMember?: boolean;
  authorisations?: readonly Authorisation[];
  /** Eight first characters of the FINESS EJ; the check key is computed. */
  finessPrefix?: string;
  name?: string;
}

const DEFAULT_STATUS: Record<EstablishmentCategory, LegalStatus> = {
  chu: 'public',
  ch: 'public',
  chs: 'public',
  'local-hospital': 'public',
  espic: 'private-non-profit',
  'cancer-centre': 'private-non-profit',
  had: 'private-non-profit',
  smr: 'private-non-profit',
  'medico-social': 'private-non-profit',
  clinic: 'private-for-profit',
};

/** Capacities of the CPOM period and of the reference year before it. */
function capacities(beds: number, places: number): Capacity[] {
  const rows: Capacity[] = [];
  for (let year = 2024; year <= 2029; year++) rows.push({ year, beds, places });
  return rows;
}

let sequence = 0;

/** An establishment profile; public establishments are GHT members unless told otherwise. */
export function establishment(options: EstablishmentOptions): EstablishmentProfile {
  sequence += 1;
  const legalStatus = options.legalStatus ?? DEFAULT_STATUS[options.category];
  const ghtMember = options.ghtMember ?? legalStatus === 'public';
  const first8 = options.finessPrefix ?? `34${String(sequence).padStart(6, '0')}`;
  return {
    id: `etab-${sequence}`,
    name: options.name ?? `Établissement de test ${sequence} (${options.category})`,
    finess: `${first8}${finessCheckDigit(first8)}`,
    category: options.category,
    legalStatus,
    capacities: capacities(options.beds, options.places ?? 0),
    authorisations: options.authorisations ?? [],
    ghtMember,
    ghtAssociated: !ghtMember,
  };
}

/**
 * One short line per resolved target, so a test states a whole target table
 * row as data: ">= 5", "oui", "jalon: …", "sans objet", "en attente: valeur 2024",
 * prefixed with the component key when the fiche targets components.
 */
export function describeTarget(target: ResolvedTarget): string {
  const prefix = target.component === undefined ? '' : `${target.component} `;
  if (target.status === 'not-applicable') return `${prefix}sans objet`;
  if (target.status === 'pending') return `${prefix}en attente: ${(target.missing ?? []).join(', ')}`;
  if (target.rule?.shape === 'milestone') return `${prefix}jalon: ${target.label ?? ''}`;
  if (typeof target.value === 'boolean') return `${prefix}${target.value ? 'oui' : 'non'}`;
  const cumul = target.rule?.shape === 'cumulative' ? ` en cumul depuis ${target.rule.fromYear}` : '';
  return `${prefix}${target.comparator ?? '?'} ${String(target.value)}${cumul}`;
}

/** The described targets of each year 2025-2029 for one establishment and its own history. */
export function targetsByYear(
  indicator: IndicatorDefinition,
  profile: EstablishmentProfile,
  history: readonly IndicatorValue[] = [],
): Record<number, string[]> {
  const byYear: Record<number, string[]> = {};
  for (let year = 2025; year <= 2029; year++) {
    byYear[year] = resolveTargets({ establishment: profile, indicator, year, history }).map(describeTarget);
  }
  return byYear;
}
