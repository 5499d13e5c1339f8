import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold' as const, comparator: '>=' as const, value });

/** CPOM_OS_20: external HR communication campaigns or actions carried out in the year. */
export const cpomOs20: IndicatorDefinitionInput = {
  code: 'CPOM_OS_20',
  title:
    'Nombre de campagnes ou actions de communication externe RH (affichage, site internet, interventions dans les écoles, publications sur les réseaux sociaux…) réalisées dans l’année',
  objective: 'Valoriser l’image des métiers de la santé',
  definition:
    'La crise sanitaire a accentué la perte de sens ressentie par de nombreux soignants, et le PRS 3 fait de l’attractivité des métiers de la santé une priorité : changer leur image auprès du public, susciter l’engagement des jeunes, attirer et fidéliser les professionnels, surtout dans les zones sous-dotées. ' +
    'L’indicateur compte les campagnes et actions de communication externe sur les métiers et les recrutements : affichage, mise à jour du site internet, interventions dans les écoles ou les salons, publications sur les réseaux sociaux, journées portes ouvertes, partenariats avec les collectivités.',
  kind: { type: 'count' },
  formula: 'Nombre d’actions de communication externe RH menées dans l’année',
  unit: 'actions',
  direction: 'higher-is-better',
  dataSources: ['Recensement des actions de communication par l’établissement'],
  partners: [
    'ARS',
    'Conseil régional (SRESRI, schéma régional des formations sanitaires et sociales)',
    'Éducation nationale et universités d’Occitanie',
    'Instituts de formation',
    'DREETS',
    'Établissements sanitaires et médico-sociaux et leurs représentants (CDOM, URPS, fédérations)',
    'Collectivités territoriales',
    'France Travail',
  ],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Recensement des actions de communication et des canaux activés',
    'Nombre de personnes ayant consulté une action ou participé à une action d’information',
    'Suivi des candidatures, des recrutements et des départs de professionnels',
  ],
  commentMustState: [
    'Nature et canal de chaque action',
    'Établissement déjà engagé dans des actions de communication avant le CPOM : oui ou non',
  ],
  // The other establishments' row comes first: the profile cannot tell prior engagement, and the
  // engine applies the first of two rows with the same scope, so the entry path holds for everyone.
  targets: [
    {
      scope: { label: 'Autres établissements' },
      years: { '2025': atLeast(1), '2026': atLeast(2), '2027': atLeast(3), '2028': atLeast(3), '2029': atLeast(3) },
    },
    {
      scope: { label: 'Établissements déjà engagés dans des actions de communication' },
      years: { '2025': atLeast(2), '2026': atLeast(4), '2027': atLeast(4), '2028': atLeast(4), '2029': atLeast(4) },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0OS_20; the canonical code is CPOM_OS_20.',
    'The seed has two rows: establishments already engaged in communication actions (2, 4, 4, 4, 4; 18 over the period) and the others (1, 2, 3, 3, 3; 12 over the period). A target scope cannot express prior engagement, so both rows carry only a label and the engine applies the first: the others’ row is listed first and applies to everyone; an engaged establishment’s row is kept for the table and is applied through a negotiated override.',
    'The cells say "actions de com / trimestre" but the period totals (18 and 12) are the sums of the yearly figures; read as actions per year.',
  ],
};
