import { z } from 'zod';

/**
 * Levels of the organisation tree, from the region (ARS) down to a care unit.
 * A GHT is a "territory"; a pôle, DMU or GHU is a "grouping".
 */
export const ORG_UNIT_KINDS = ['region', 'ght', 'establishment', 'site', 'grouping', 'unit'] as const;
export const orgUnitKindSchema = z.enum(ORG_UNIT_KINDS);
export type OrgUnitKind = z.infer<typeof orgUnitKindSchema>;

/** Establishment categories that decide which CPOM targets apply. */
export const ESTABLISHMENT_CATEGORIES = [
  'chu', // centre hospitalier universitaire (CHR/U)
  'ch', // centre hospitalier
  'chs', // centre hospitalier spécialisé en psychiatrie / EPSM
  'espic', // établissement de santé privé d'intérêt collectif
  'clinic', // clinique privée
  'had', // hospitalisation à domicile
  'smr', // soins médicaux et de réadaptation
  'cancer-centre', // centre de lutte contre le cancer
  'local-hospital', // hôpital de proximité
  'medico-social',
] as const;
export const establishmentCategorySchema = z.enum(ESTABLISHMENT_CATEGORIES);
export type EstablishmentCategory = z.infer<typeof establishmentCategorySchema>;

export const LEGAL_STATUSES = ['public', 'private-non-profit', 'private-for-profit'] as const;
export const legalStatusSchema = z.enum(LEGAL_STATUSES);
export type LegalStatus = z.infer<typeof legalStatusSchema>;

/** Activity authorisations that some CPOM fiches depend on. */
export const AUTHORISATIONS = [
  'emergency', // structure des urgences
  'had',
  'maternity',
  'imaging', // équipements matériels lourds d'imagerie
  'psychiatry',
  'smr',
  'surgery',
  'oncology',
  'intensive-care',
  'mammography',
] as const;
export const authorisationSchema = z.enum(AUTHORISATIONS);
export type Authorisation = z.infer<typeof authorisationSchema>;

/** CPOM tiers of seed 003: over 500 beds, 100 to 499, under 100. */
export const CPOM_TIERS = ['over-500', '100-499', 'under-100'] as const;
export const cpomTierSchema = z.enum(CPOM_TIERS);
export type CpomTier = z.infer<typeof cpomTierSchema>;

export const capacitySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  beds: z.number().int().min(0),
  places: z.number().int().min(0),
});
export type Capacity = z.infer<typeof capacitySchema>;

/**
 * What the target engine and the applicability rules need to know of an
 * establishment. Plain data: the server loads it, the domain decides.
 */
export interface EstablishmentProfile {
  id: string;
  name: string;
  finess: string;
  category: EstablishmentCategory;
  legalStatus: LegalStatus;
  /** Capacity per year; the tier of a year derives from that year's capacity. */
  capacities: readonly Capacity[];
  authorisations: readonly Authorisation[];
  /** Member of a GHT (public establishments); associated partners are not members. */
  ghtMember: boolean;
  /** Associated to a GHT without being a member (private, medico-social partners). */
  ghtAssociated: boolean;
}
