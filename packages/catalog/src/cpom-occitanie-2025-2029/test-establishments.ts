import type {
  Authorisation,
  Capacity,
  EstablishmentCategory,
  EstablishmentProfile,
  LegalStatus,
} from '@jalon/domain/organisation/establishment';
import { finessCheckDigit } from '@jalon/domain/organisation/finess';

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
