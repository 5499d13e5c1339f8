import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

/** CPOM_OS_7: measuring the quality of care as patients perceive it (PROMs, PREMs). */
export const cpomOs7: IndicatorDefinitionInput = {
  code: 'CPOM_OS_7',
  aliases: ['CPOM_OS_07'],
  title: 'Mise en place des démarches de mesure de la qualité des soins perçue par les patients (PROMs, PREMs)',
  objective:
    'S’appuyer sur le retour d’expérience des usagers pour améliorer l’accès aux soins et l’expérience des patients',
  definition:
    'La qualité perçue par les patients se mesure par des questionnaires sur le résultat des soins (PROMs), sur l’expérience vécue (PREMs) et sur leur satisfaction ; ces outils donnent aux patients et aux équipes un langage commun. ' +
    'Encore peu connus, ils rendent visibles les besoins et attentes des patients et en font des leviers d’amélioration des pratiques et des organisations. ' +
    'L’indicateur suit chaque année une étape de la démarche, de l’engagement à la réévaluation comparative des résultats.',
  kind: { type: 'milestone' },
  formula: 'Étape de la démarche PROMs/PREMs atteinte dans l’année',
  unit: 'étape atteinte',
  direction: 'higher-is-better',
  dataSources: [
    'Déclaratif de l’établissement',
    'HAS : indicateurs de qualité perçue et aide à l’utilisation des PROMs en pratique clinique courante',
  ],
  partners: ['Structure régionale d’appui (SRA) Occitanie', 'Haute Autorité de santé'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    '2025 : projet ou action formalisé définissant les modalités de mise en œuvre',
    '2026 : questionnaire PROMs ou PREMs validé par les instances concernées',
    '2027 : support de communication et comptes rendus des instances ayant reçu l’analyse et le plan d’actions',
    '2028 : plan d’actions mis à jour avec l’état d’avancement',
    '2029 : analyse comparative des résultats et plan d’actions mis à jour',
  ],
  commentMustState: ['Démarche retenue (PROMs, PREMs ou les deux) et services concernés'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: {
        '2025': { shape: 'milestone', label: 'Établissement engagé dans la démarche (projet ou action formalisé)' },
        '2026': { shape: 'milestone', label: 'Au moins une évaluation PROMs ou PREMs réalisée' },
        '2027': {
          shape: 'milestone',
          label: 'Résultats analysés, plan d’actions établi et communiqué aux instances de l’établissement',
        },
        '2028': { shape: 'milestone', label: 'Actions d’amélioration identifiées mises en place' },
        '2029': { shape: 'milestone', label: 'Réévaluation réalisée et résultats analysés de façon comparative' },
      },
    },
  ],
  sourceNotes: [
    'The target cells mix the milestone and its proof ("élément de preuve"); milestones go to the yearly targets, proofs to proofElements, tagged by year.',
  ],
};
