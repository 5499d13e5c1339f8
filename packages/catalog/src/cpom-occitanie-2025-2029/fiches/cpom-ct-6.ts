import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const plus = (amount: number) => ({ shape: 'increment', amount, base: 'previous-value' }) as const;

/** CPOM_CT_6: cooperation protocols (delegation of medical tasks, article L.4011-1) in place. */
export const cpomCt6: IndicatorDefinitionInput = {
  code: 'CPOM_CT_6',
  aliases: ['CPOM_CT_06'],
  title: 'Nombre de protocoles de coopération mis en place au sein de l’établissement de santé',
  objective: 'Élargir les compétences des professionnels de santé en développant les protocoles de coopération',
  definition:
    'Un protocole de coopération (article L.4011-1 du code de la santé publique) permet, par dérogation et dans un cadre validé, à un professionnel de santé de réaliser des actes habituellement confiés à un autre, souvent médical. ' +
    'Nationaux ou élaborés localement avec l’appui de l’ARS, ces protocoles libèrent du temps médical, font monter en compétence les paramédicaux et fluidifient les parcours ; ils reposent sur le volontariat des professionnels. ' +
    'L’indicateur compte les protocoles de coopération que l’établissement a déclarés à l’ARS comme mis en œuvre.',
  kind: { type: 'count' },
  formula: 'Nombre de protocoles de coopération, nationaux ou locaux, déclarés mis en œuvre par l’établissement',
  unit: 'protocoles de coopération',
  direction: 'higher-is-better',
  dataSources: [
    'Déclarations sur demarches-simplifiees.fr (protocoles nationaux et locaux)',
    'Tableau de suivi « Suivi des PC Occitanie » de l’ARS (direction du premier recours)',
  ],
  partners: ['Équipe des protocoles de coopération de l’ARS Occitanie (direction du premier recours)'],
  steering: 'Extraction des déclarations par l’équipe des protocoles de coopération de l’ARS',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2024,
  proofElements: [
    'Déclarations de mise en œuvre des protocoles sur demarches-simplifiees.fr',
    'Évaluation de chaque protocole selon ses propres indicateurs',
  ],
  commentMustState: ['Intitulé de chaque protocole, national ou local, et services concernés'],
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Grands établissements (plus de 500 lits)' },
      years: { '2025': plus(0), '2026': plus(1), '2027': plus(1), '2028': plus(1), '2029': plus(1) },
    },
    {
      scope: { tiers: ['100-499'], label: 'Établissements intermédiaires (100 à 499 lits)' },
      years: { '2025': plus(0), '2026': plus(0), '2027': plus(1), '2028': plus(1), '2029': plus(1) },
    },
    {
      scope: { tiers: ['under-100'], label: 'Établissements de moins de 100 lits' },
      years: { '2025': plus(0), '2026': plus(0), '2027': plus(0), '2028': plus(1), '2029': plus(1) },
    },
  ],
  sourceNotes: [
    'Cells read "0" then "+1"; the totals (4, 3, 2) are the sums of the yearly increments, so each year is an increment over the previous year’s count and "0" means no new protocol expected (keep the count).',
    'The count comes from the ARS’s own extraction of the declarations; the establishment may ask the ARS for it at any time.',
  ],
};
