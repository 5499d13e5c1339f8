import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold', comparator: '>=', value }) as const;

/** CPOM_CT_8: care pathways (filières) organised in common under the GHT's shared medical and nursing project. */
export const cpomCt8: IndicatorDefinitionInput = {
  code: 'CPOM_CT_8',
  aliases: ['CPOM_CT_08'],
  title:
    'Nombre de filières de soins organisées en commun dans le cadre du projet médico-soignant partagé (uniquement GHT)',
  objective:
    'Élaborer dans chaque GHT un projet médical et soignant partagé qui garantit une vision commune et des pratiques coordonnées',
  definition:
    'Le projet médical partagé (articles R.6132-4 et R.6132-5 du code de la santé publique) est à la fois une obligation et l’outil qui organise la gradation des soins entre les membres des 14 GHT d’Occitanie. ' +
    'Son élaboration conjointe en projet médico-soignant partagé (PMSP) structure des filières de soins communes : équipes médicales de territoire, consultations avancées, coopérations renforcées. ' +
    'L’indicateur compte les filières de soins formalisées et organisées en commun entre les membres du GHT dans le cadre du PMSP.',
  kind: { type: 'count' },
  formula:
    'Nombre total de filières de soins formalisées et organisées en commun entre les membres du GHT dans le PMSP',
  unit: 'filières de soins organisées en commun',
  direction: 'higher-is-better',
  dataSources: [
    'Projet médico-soignant partagé du GHT',
    'Comptes rendus des comités de pilotage et de la commission médico-soignante du GHT',
  ],
  partners: [
    'Établissements membres du GHT',
    'Directeurs, cadres de santé, usagers et fédérations (groupes de travail)',
  ],
  steering: 'Comité de pilotage et comités opérationnels du GHT, commission médico-soignante',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  applicability: [{ type: 'ght-member' }],
  proofElements: [
    'Projet médico-soignant partagé validé, décrivant les filières organisées en commun',
    'Nombre de réunions pluridisciplinaires et de comités tenus',
    'Retours d’expérience des professionnels et des patients (taux de satisfaction)',
  ],
  commentMustState: ['Filières organisées en commun et établissements impliqués dans chacune'],
  targets: [
    {
      scope: { label: 'Établissements membres du GHT' },
      years: {
        '2025': {
          shape: 'milestone',
          label: 'Diagnostic et concertation entre professionnels ; PMSP en cours d’élaboration et de validation',
        },
        '2026': atLeast(2),
        '2027': atLeast(3),
        '2028': atLeast(4),
        '2029': atLeast(5),
      },
    },
  ],
  sourceNotes: [
    'The seed writes the code CPOM_CT_08; kept as alias.',
    'The yearly cells give the total number of filières organised in common (at least 2 in 2026, then 3, 4, 5; total 5), encoded as thresholds on the running number, not increments.',
    'Qualitative companions of the counts: 2027 evaluation of the first effects per filière, 2028 adjustment from feedback, 2029 full reassessment and possible regional harmonisation; they are part of the follow-up, not separate targets.',
  ],
};
