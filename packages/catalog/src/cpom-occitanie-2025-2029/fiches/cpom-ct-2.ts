import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const FIRST_YEAR = {
  shape: 'milestone',
  label: 'Partenaires potentiels identifiés et discussions engagées',
} as const;

/** CPOM_CT_2: public–private medical cooperation projects formalised in a legal structure. */
export const cpomCt2: IndicatorDefinitionInput = {
  code: 'CPOM_CT_2',
  aliases: ['CPOM_CT_02'],
  title:
    'Nombre de projets de coopération médicale formalisés entre établissement public et établissement privé (GCS, GIE, etc.)',
  objective:
    'Renforcer les partenariats public-privé à l’échelle du territoire et développer les collaborations médicales',
  definition:
    'La raréfaction des ressources médicales et la hausse des besoins liée au vieillissement et aux maladies chroniques imposent une meilleure coordination des parcours entre secteurs public et privé (engagement 4 du PRS). ' +
    'L’indicateur compte les projets de coopération entre établissements publics et privés formalisés dans une structure dédiée (GCS, GIP, GIE), existants ou en développement, au-delà des collaborations quotidiennes. ' +
    'Les coopérations entre membres d’un même GHT n’en relèvent pas.',
  kind: { type: 'count' },
  formula:
    'Nombre de projets de coopération public-privé formalisés dans l’année ; la cible porte sur le total depuis 2025',
  unit: 'projets de coopération formalisés',
  direction: 'higher-is-better',
  dataSources: [
    'Déclaratif de l’établissement',
    'Conventions constitutives des structures de coopération (GCS, GIP, GIE)',
  ],
  partners: ['Établissements de santé publics et privés du territoire'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Projet de coopération formalisé (convention constitutive, statuts du GCS, GIP ou GIE)',
    'En 2029 : évaluation de l’impact des projets de coopération',
  ],
  commentMustState: ['Partenaires et structure juridique de chaque projet (GCS, GIP, GIE…)'],
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Grands établissements (plus de 500 lits)' },
      years: {
        '2025': FIRST_YEAR,
        '2026': { shape: 'cumulative', comparator: '>=', value: 1, fromYear: 2025 },
        '2027': { shape: 'cumulative', comparator: '>=', value: 1, fromYear: 2025 },
        '2028': { shape: 'cumulative', comparator: '>=', value: 2, fromYear: 2025 },
        '2029': { shape: 'cumulative', comparator: '>=', value: 3, fromYear: 2025 },
      },
    },
    {
      scope: { tiers: ['100-499'], label: 'Établissements intermédiaires (100 à 499 lits)' },
      years: {
        '2025': FIRST_YEAR,
        '2026': { shape: 'cumulative', comparator: '>=', value: 0, fromYear: 2025 },
        '2027': { shape: 'cumulative', comparator: '>=', value: 1, fromYear: 2025 },
        '2028': { shape: 'cumulative', comparator: '>=', value: 1, fromYear: 2025 },
        '2029': { shape: 'cumulative', comparator: '>=', value: 2, fromYear: 2025 },
      },
    },
    {
      scope: { tiers: ['under-100'], label: 'Établissements de moins de 100 lits' },
      years: {
        '2025': FIRST_YEAR,
        '2026': { shape: 'cumulative', comparator: '>=', value: 0, fromYear: 2025 },
        '2027': { shape: 'cumulative', comparator: '>=', value: 0, fromYear: 2025 },
        '2028': { shape: 'cumulative', comparator: '>=', value: 1, fromYear: 2025 },
        '2029': { shape: 'cumulative', comparator: '>=', value: 1, fromYear: 2025 },
      },
    },
  ],
  sourceNotes: [
    'The OCR spilled the target table across lines; the cells were reassigned to columns by their vertical position.',
    'In the 100-499 and under-100 rows the 2029 cell equals the total column (2 and 1 projects "sur 5 ans"), so the yearly numbers are read as running totals since 2025 and encoded as cumulative targets: 0, 0, 1, 1, 2 and 0, 0, 0, 1, 1.',
    'The over-500 row reads 0, 1, 1, 2 and then "1" with the total illegible ("| projets sur 5 ans"); a 2029 running total below 2028 is impossible, so 3 was chosen, which also keeps the 1 / 2 / 3 progression across tiers. Doubtful.',
    'The 2025 cell of every tier is "0: identifier les partenaires potentiels, commencer les discussions", encoded as a milestone. "Consolider les projets en cours" (2027, and 2028 for the smallest tier) and "réaliser une évaluation de l’impact des projets" (2029) accompany the numbers; the evaluation is listed as a 2029 proof.',
    'Cooperation between members of the same GHT is excluded by the fiche; the model has no applicability condition for it, so it is stated in the definition.',
  ],
};
