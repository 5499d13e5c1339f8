import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold' as const, comparator: '>=' as const, value });

/** CPOM_OS_21: actions for quality of life and working conditions (QVCT) carried out in the year. */
export const cpomOs21: IndicatorDefinitionInput = {
  code: 'CPOM_OS_21',
  title: 'Nombre d’actions mises en œuvre dans le champ de la qualité de vie et des conditions de travail (QVCT)',
  objective:
    'Renforcer l’attractivité, la qualité de vie au travail et le développement des compétences pour fidéliser les professionnels de santé et soutenir leur engagement',
  definition:
    'Les métiers hospitaliers, soignants comme logistiques, sont pénibles et s’exercent jour et nuit ; améliorer la qualité de vie et les conditions de travail aide à attirer et fidéliser les professionnels, à réduire absentéisme et rotation, et soutient la qualité des soins. ' +
    'L’indicateur compte les actions menées par l’établissement pour promouvoir la QVCT et pour la santé de ses professionnels : équilibre des temps de vie, prévention, management bienveillant, organisation du travail en équipe, régulation de l’intérim médical.',
  kind: { type: 'count' },
  formula: 'Nombre d’actions QVCT mises en œuvre dans l’année',
  unit: 'actions',
  direction: 'higher-is-better',
  dataSources: [
    'Document unique d’évaluation des risques professionnels (DUERP)',
    'Bilan social',
    'Système de gestion des ressources humaines (SGRH)',
    'Plateformes de gestion de la formation et d’enquêtes',
  ],
  partners: [
    'Services RH, social et de médecine du travail de l’établissement',
    'Représentants du personnel et CSIRMT',
    'Experts en santé au travail (médecins du travail, ergonomes, psychologues du travail)',
    'CARSAT Languedoc-Roussillon et Midi-Pyrénées',
    'ARACT',
    'HAS',
  ],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Livrables des programmes, campagnes de sensibilisation et projets QVCT',
    'Suivi des achats, factures transmises à l’ARS et consommation des financements accordés',
  ],
  commentMustState: ['Nature de chaque action et nombre de professionnels concernés ou participants'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: { '2025': atLeast(1), '2026': atLeast(1), '2027': atLeast(2), '2028': atLeast(3), '2029': atLeast(3) },
    },
  ],
  sourceNotes: [
    'The title says QVTC and the body QVCT; QVCT, the current term, is used.',
    'Yearly targets 1, 1, 2, 3, 3 add up to the period total of 10 given by the seed; the 2024 column is empty.',
  ],
};
