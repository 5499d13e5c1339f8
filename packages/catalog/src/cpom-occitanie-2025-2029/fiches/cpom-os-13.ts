import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const plusThreePoints = { shape: 'points' as const, points: 3, base: 'previous-value' as const };

/** CPOM_OS_13: share of eligible surgical procedures performed under an enhanced recovery (RAAC) protocol. */
export const cpomOs13: IndicatorDefinitionInput = {
  code: 'CPOM_OS_13',
  title:
    'Taux d’actes chirurgicaux bénéficiant de la récupération améliorée après chirurgie (RAAC) parmi ceux réalisés dans l’établissement',
  objective:
    'Optimiser le parcours de soins post-opératoire en développant les protocoles de récupération améliorée après chirurgie, pour améliorer l’expérience du patient et réduire la durée de séjour',
  definition:
    'La RAAC organise le parcours du patient opéré autour de mesures péri-opératoires qui réduisent l’agression chirurgicale, favorisent un rétablissement précoce et limitent les complications. ' +
    'Née en chirurgie colorectale et digestive, elle s’étend à l’orthopédie, l’urologie et la gynécologie ; le schéma régional de santé en fait un objectif qualitatif de son volet chirurgie. ' +
    'Les établissements déjà engagés pour une spécialité sont invités à en ajouter une par an, avec un palier attendu en 2027-2028.',
  kind: {
    type: 'rate',
    numerator: 'Actes chirurgicaux dont les patients bénéficient de la RAAC',
    denominator: 'Actes réalisés dans l’établissement pour lesquels la RAAC est validée par les sociétés savantes',
    scale: 100,
  },
  formula: 'Actes réalisés en RAAC / actes éligibles à la RAAC selon les sociétés savantes × 100',
  unit: '%',
  direction: 'higher-is-better',
  dataSources: [
    'Bases de données hospitalières',
    'Logiciels de gestion hospitalière réunissant données cliniques et administratives par spécialité engagée en RAAC',
  ],
  partners: ['Équipes hospitalières participant à la prise en charge chirurgicale dans les spécialités concernées'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2024,
  applicability: [{ type: 'authorisation', authorisation: 'surgery' }],
  proofElements: [
    'Liste des spécialités chirurgicales engagées dans le programme RAAC',
    'Rapport de suivi de l’adoption des protocoles RAAC et de leurs résultats',
    'Évaluation de la satisfaction des équipes et des patients concernés',
  ],
  commentMustState: ['Spécialités chirurgicales engagées dans la RAAC dans l’année'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: {
        '2025': plusThreePoints,
        '2026': plusThreePoints,
        '2027': plusThreePoints,
        '2028': plusThreePoints,
        '2029': plusThreePoints,
      },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0S_13; the canonical code is CPOM_OS_13.',
    'The table cells are OCR-damaged ("0, [0)", "rJ:Aor;il;"); reconstructed as "+3 % par rapport à 2024" in 2025, then "+3 % par rapport à N-1" each year.',
    'For a rate, "+3 %" is read as three percentage points over the previous year’s rate (a relative +3 % of a small rate would be negligible); encoded as points on the previous value.',
    'The fiche concerns establishments with surgical activity; applicability is tied to the surgery authorisation.',
  ],
};
