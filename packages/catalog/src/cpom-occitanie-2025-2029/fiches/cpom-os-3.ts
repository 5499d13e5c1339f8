import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold', comparator: '>=', value }) as const;

/** CPOM_OS_3: health promotion interventions held in the year, inside or outside the establishment. */
export const cpomOs3: IndicatorDefinitionInput = {
  code: 'CPOM_OS_3',
  aliases: ['CPOM_OS_03'],
  title:
    'Nombre d’interventions de promotion de la santé mises en place au sein de l’établissement (interne et/ou externe)',
  objective: 'Renforcer les thématiques de santé publique',
  definition:
    'La prévention reste marginale dans l’organisation hospitalière alors qu’elle réduit les inégalités sociales et territoriales de santé, et les actions menées en Occitanie manquent de visibilité. ' +
    'L’objectif est d’ancrer la promotion de la santé dans les pratiques : sensibiliser et former les professionnels aux facteurs de risque (tabac, alcool, nutrition, environnement), mener des dépistages et des campagnes d’information. ' +
    'L’indicateur compte les interventions de promotion de la santé réalisées dans l’année, pour les professionnels ou pour le public.',
  kind: { type: 'count' },
  formula: 'Nombre d’interventions de promotion de la santé réalisées dans l’année',
  unit: 'interventions par an',
  direction: 'higher-is-better',
  dataSources: ['Déclaratif de l’établissement'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Liste des actions réalisées (ateliers, dépistages, campagnes, formations)',
    'Nombre de participants par action',
    'Retours d’expérience (taux de satisfaction)',
  ],
  commentMustState: ['Thème et nombre de participants de chaque intervention'],
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Grands établissements (plus de 500 lits)' },
      years: { '2025': atLeast(2), '2026': atLeast(3), '2027': atLeast(3), '2028': atLeast(4), '2029': atLeast(4) },
    },
    {
      scope: { tiers: ['100-499'], label: 'Établissements intermédiaires (100 à 499 lits)' },
      years: { '2025': atLeast(1), '2026': atLeast(2), '2027': atLeast(2), '2028': atLeast(3), '2029': atLeast(3) },
    },
    {
      scope: { tiers: ['under-100'], label: 'Établissements de moins de 100 lits' },
      years: {
        '2025': { shape: 'milestone', label: 'Réflexion engagée sur les interventions de promotion de la santé' },
        '2026': atLeast(1),
        '2027': atLeast(1),
        '2028': atLeast(1),
        '2029': atLeast(2),
      },
    },
  ],
  sourceNotes: [
    'Cells are written "+2 interventions", "+3 interventions"…, and the totals (16, 11, 5) are their sums; with a unit of interventions per year, each cell is read as the number of interventions to hold that year (a floor), not as growth over the previous year.',
    'Over 500 beds the OCR reads "42", "+3", "43", "14", "14": reconstructed as +2, +3, +3, +4, +4 (sum 16).',
    'For 100-499 beds only 2025 (+1) and 2028 (+3) are legible, plus a "3" above the 2029 cell; +2 in 2026 and 2027 and +3 in 2029 complete the total of 11 and mirror the larger tier one step lower. Reconstructed.',
    'Under 100 beds: "Réflexion" in 2025, then +1, +1, +1 and 2 interventions in 2029 (total 5).',
  ],
};
