import type { TFunction } from 'i18next';
import type { Role } from '@jalon/domain/access/roles';
import type {
  Authorisation,
  CpomTier,
  EstablishmentCategory,
  LegalStatus,
  OrgUnitKind,
} from '@jalon/domain/organisation/establishment';

// Exhaustive switches: a new value in the domain lists breaks the build here
// until someone names it for users.

/**
 * Roles are named after the function, not the person holding it ("Direction
 * d’établissement", not "Directeur"): the same words then agree with every
 * holder, woman or man, in every list that names a role.
 */
export function roleLabel(t: TFunction, role: Role): string {
  switch (role) {
    case 'platform-admin':
      return t('Administration de la plateforme');
    case 'ars-officer':
      return t('Pilotage des CPOM (ARS)');
    case 'ars-reviewer':
      return t('Évaluation (ARS)');
    case 'ght-coordinator':
      return t('Coordination de GHT');
    case 'establishment-director':
      return t('Direction d’établissement');
    case 'quality-manager':
      return t('Responsable qualité');
    case 'cme-chair':
      return t('Présidence de CME');
    case 'pole-manager':
      return t('Chefferie de pôle');
    case 'action-pilot':
      return t('Pilote d’action');
    case 'contributor':
      return t('Contribution aux actions');
    case 'instance-member':
      return t('Membre d’instance');
    case 'user-representative':
      return t('Représentation des usagers');
    case 'reader':
      return t('Lecture seule');
  }
}

export function orgKindLabel(t: TFunction, kind: OrgUnitKind): string {
  switch (kind) {
    case 'region':
      return t('Région (ARS)');
    case 'ght':
      return t('GHT');
    case 'establishment':
      return t('Établissement (entité juridique)');
    case 'site':
      return t('Site géographique');
    case 'grouping':
      return t('Pôle / regroupement');
    case 'unit':
      return t('Service / unité');
  }
}

export function categoryLabel(t: TFunction, category: EstablishmentCategory): string {
  switch (category) {
    case 'chu':
      return t('CHU / CHR');
    case 'ch':
      return t('Centre hospitalier');
    case 'chs':
      return t('CHS / EPSM (psychiatrie)');
    case 'espic':
      return t('ESPIC');
    case 'clinic':
      return t('Clinique privée');
    case 'had':
      return t('Hospitalisation à domicile (HAD)');
    case 'smr':
      return t('Soins médicaux et de réadaptation (SMR)');
    case 'cancer-centre':
      return t('Centre de lutte contre le cancer');
    case 'local-hospital':
      return t('Hôpital de proximité');
    case 'medico-social':
      return t('Établissement médico-social');
  }
}

export function legalStatusLabel(t: TFunction, status: LegalStatus): string {
  switch (status) {
    case 'public':
      return t('Public');
    case 'private-non-profit':
      return t('Privé à but non lucratif');
    case 'private-for-profit':
      return t('Privé à but lucratif');
  }
}

export function authorisationLabel(t: TFunction, authorisation: Authorisation): string {
  switch (authorisation) {
    case 'emergency':
      return t('Structure des urgences');
    case 'had':
      return t('Hospitalisation à domicile');
    case 'maternity':
      return t('Maternité / périnatalité');
    case 'imaging':
      return t('Imagerie (équipements lourds)');
    case 'psychiatry':
      return t('Psychiatrie');
    case 'smr':
      return t('Soins médicaux et de réadaptation');
    case 'surgery':
      return t('Chirurgie');
    case 'oncology':
      return t('Traitement du cancer');
    case 'intensive-care':
      return t('Soins critiques');
    case 'mammography':
      return t('Mammographie');
  }
}

/** The CPOM tier, worded once for every page (its heading: `cpomTierHeading`). */
export function cpomTierLabel(t: TFunction, tier: CpomTier | null): string {
  switch (tier) {
    // No-break spaces keep "500 lits" on one line, as French typography wants.
    case 'over-500':
      return t('Plus de 500\u00a0lits et places');
    case '100-499':
      return t('De 100 à 499\u00a0lits et places');
    case 'under-100':
      return t('Moins de 100\u00a0lits et places');
    case null:
      return t('Non déterminée : capacité de l’année non renseignée');
  }
}

/** The tier depends on the year's capacity, so its heading names the year. */
export function cpomTierHeading(t: TFunction, year: number): string {
  return t('Tranche CPOM {{year}}', { year });
}
