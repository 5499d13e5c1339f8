import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const plus = (amount: number) => ({ shape: 'increment', amount, base: 'previous-value' }) as const;
const TEAM = { shape: 'milestone', label: 'Équipe multidisciplinaire d’ETP constituée' } as const;

/** CPOM_OS_6: therapeutic patient education (ETP) programmes declared to the ARS. */
export const cpomOs6: IndicatorDefinitionInput = {
  code: 'CPOM_OS_6',
  aliases: ['CPOM_OS_06'],
  title: 'Nombre de programmes d’éducation thérapeutique du patient (ETP)',
  objective:
    'Développer des programmes personnalisés d’éducation thérapeutique pour les patients atteints de maladies chroniques ou en affection de longue durée',
  definition:
    'En 2021, 1,3 million de personnes vivaient en Occitanie avec au moins une maladie chronique ; l’éducation thérapeutique les aide à acquérir les compétences d’auto-soins et d’adaptation, à mieux suivre leur traitement et à agir sur la sédentarité, l’alimentation et les addictions. ' +
    'Les programmes suivent un cahier des charges national fondé sur les référentiels de la HAS, mais restent insuffisamment mobilisés. ' +
    'L’indicateur compte les programmes d’ETP que l’établissement a déclarés à l’ARS (article L.1161-1 du code de la santé publique).',
  kind: { type: 'count' },
  formula: 'Nombre de programmes d’ETP déclarés par l’établissement auprès de l’ARS',
  unit: 'programmes d’ETP',
  direction: 'higher-is-better',
  dataSources: [
    'Déclarations des programmes d’ETP auprès de l’ARS',
    'Cahier des charges national des programmes d’ETP (référentiels HAS)',
  ],
  partners: ['Professionnels de santé de l’établissement', 'ARS Occitanie', 'Patients'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2024,
  proofElements: [
    'Déclarations des programmes d’ETP auprès de l’ARS',
    'Composition de l’équipe multidisciplinaire d’ETP',
  ],
  commentMustState: ['Intitulé et pathologies visées par chaque nouveau programme'],
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Grands établissements (plus de 500 lits)' },
      years: { '2025': TEAM, '2026': plus(1), '2027': plus(2), '2028': plus(2), '2029': plus(3) },
    },
    {
      scope: { tiers: ['100-499'], label: 'Établissements intermédiaires (100 à 499 lits)' },
      years: { '2025': TEAM, '2026': plus(1), '2027': plus(1), '2028': plus(1), '2029': plus(2) },
    },
    {
      scope: { tiers: ['under-100'], label: 'Établissements de moins de 100 lits' },
      years: { '2025': plus(0), '2026': TEAM, '2027': TEAM, '2028': plus(1), '2029': plus(1) },
    },
  ],
  sourceNotes: [
    'The team milestone stands for the footnoted cell "constituer une équipe multidisciplinaire d’ETP" (educational diagnosis, personalised programme, individual or group sessions planned and run).',
    'Over 500 beds: team in 2025, then +1, +2, +2, +3 programmes (total 8). 100-499 beds: team, then +1, +1, +1, +2 (total 5). The "+n" cells are increments over the previous year’s number of programmes; the totals are their sums.',
    'Under 100 beds the row reads "0", team, team, +1, +1 with total 2: 2025 is "0" (no new programme, keep the count) and the team milestone is repeated in 2026 and 2027 as printed.',
  ],
};
