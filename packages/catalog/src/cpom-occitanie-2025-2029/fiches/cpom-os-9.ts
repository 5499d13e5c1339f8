import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const increase = (percent: number) => ({ shape: 'percent-of-baseline' as const, percent, baselineYear: 2024 });
const expected = { shape: 'positive-progression' as const };

/** CPOM_OS_9: tele-health acts performed in the year, by type of act. */
export const cpomOs9: IndicatorDefinitionInput = {
  code: 'CPOM_OS_9',
  title:
    'Nombre d’actes de télésanté (téléconsultation, téléexpertise, télésurveillance, télésoin, téléréadaptation) dans l’année',
  objective: 'Développer la télésanté, dont la télémédecine, et augmenter le nombre d’actes de télésanté',
  definition:
    'La télésanté réunit la télémédecine, exercée à distance par un professionnel médical, et le télésoin, exercé par un pharmacien ou un auxiliaire médical. ' +
    'L’indicateur compte les actes réalisés par l’établissement dans l’année, par type d’acte. ' +
    'En 2024, à peine 2 % des téléconsultations remboursées en Occitanie étaient réalisées par des établissements publics : l’ARS attend une montée en charge graduée selon la taille de l’établissement.',
  kind: {
    type: 'components',
    components: [
      { key: 'teleconsultation', label: 'Téléconsultations', valueType: 'count' },
      { key: 'teleexpertise', label: 'Téléexpertises', valueType: 'count' },
      { key: 'telesurveillance', label: 'Actes de télésurveillance', valueType: 'count' },
      { key: 'telesoin', label: 'Télésoins', valueType: 'count' },
      { key: 'telereadaptation', label: 'Actes de téléréadaptation', valueType: 'count' },
    ],
  },
  formula: 'Somme des actes de télésanté réalisés dans l’année, détaillée par type d’acte',
  unit: 'actes',
  direction: 'higher-is-better',
  dataSources: [
    'Déclaration de l’établissement',
    'Données d’activité de télémédecine de l’Assurance maladie (CNAM, SNDS)',
  ],
  partners: ['GRADeS Occitanie (accompagnement de proximité et communauté télésanté)'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2024,
  proofElements: ['Relevé d’activité de télésanté de l’année, par type d’acte'],
  commentMustState: ['Nombre total de consultations de l’année, en présentiel et à distance'],
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Établissements de plus de 500 lits' },
      years: {
        '2025': increase(20),
        '2026': increase(40),
        '2027': increase(60),
        '2028': increase(80),
        '2029': increase(100),
      },
    },
    {
      scope: { tiers: ['100-499'], label: 'Établissements de 100 à 499 lits' },
      years: {
        '2025': increase(10),
        '2026': increase(20),
        '2027': increase(30),
        '2028': increase(40),
        '2029': increase(50),
      },
    },
    {
      scope: { tiers: ['under-100'], label: 'Établissements de moins de 100 lits' },
      years: { '2025': expected, '2026': expected, '2027': expected, '2028': expected, '2029': expected },
    },
  ],
  sourceNotes: [
    'The seed states the yearly target as "augmentation de 20 points" (10 for 100-499 beds) and the period total as 100 points (50): read as index points over the 2024 volume, i.e. +20 %, +40 % … +100 % of the 2024 count, encoded as percent-of-baseline with 2024 as baseline.',
    'The targets apply to the total of all acts; the components only record the split by type that the unit of measure asks for.',
    'Under 100 beds the seed only asks for an increase every year, with no figure: encoded as positive progression.',
    'The title lists télé-réadaptation while the definition omits it; it is kept as a component.',
  ],
};
