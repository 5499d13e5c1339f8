import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const plus = (amount: number) => ({ shape: 'increment', amount, base: 'previous-value' }) as const;

/** CPOM_CT_4: formalised, working partnerships between the hospital and elderly/disability services. */
export const cpomCt4: IndicatorDefinitionInput = {
  code: 'CPOM_CT_4',
  aliases: ['CPOM_CT_04'],
  title: 'Nombre de partenariats formalisés et opérationnels entre établissements de santé et ESMS PA-PH',
  objective:
    'Promouvoir la complémentarité entre acteurs sanitaires et médico-sociaux pour renforcer et fluidifier les parcours de soins',
  definition:
    'Le virage domiciliaire, les retours précoces à domicile et l’inclusion des personnes handicapées multiplient les parcours où les établissements de santé et les établissements et services médico-sociaux pour personnes âgées et personnes handicapées (ESMS PA-PH) doivent se coordonner : soins somatiques, soins spécialisés, sorties d’hospitalisation. ' +
    'Ces transitions sont des points de rupture pour les personnes vulnérables et alimentent un recours inadapté aux urgences. ' +
    'L’indicateur compte les partenariats entre l’établissement et des ESMS PA-PH formalisés par une convention et effectivement mis en œuvre.',
  kind: { type: 'count' },
  formula: 'Nombre de partenariats formalisés et opérationnels avec des ESMS PA-PH en vigueur au 31 décembre',
  unit: 'partenariats formalisés',
  direction: 'higher-is-better',
  dataSources: ['Déclaratif de l’établissement', 'Conventions de partenariat signées avec les ESMS'],
  partners: ['Établissements et services médico-sociaux pour personnes âgées et personnes handicapées'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2024,
  proofElements: [
    'Conventions de partenariat décrivant les actions conjointes, les modalités de saisine et les outils partagés',
  ],
  commentMustState: ['ESMS partenaires et objet de chaque nouveau partenariat'],
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Grands établissements (plus de 500 lits)' },
      years: { '2025': plus(5), '2026': plus(5), '2027': plus(5), '2028': plus(5), '2029': plus(5) },
    },
    {
      scope: { tiers: ['100-499'], label: 'Établissements intermédiaires (100 à 499 lits)' },
      years: { '2025': plus(2), '2026': plus(2), '2027': plus(2), '2028': plus(2), '2029': plus(2) },
    },
    {
      scope: { tiers: ['under-100'], label: 'Établissements de moins de 100 lits' },
      years: { '2025': plus(1), '2026': plus(1), '2027': plus(1), '2028': plus(1), '2029': plus(1) },
    },
  ],
  sourceNotes: [
    'The 2025 cells read "+5%" and "+2%"; the footnote "*supplémentaire par an" shows the original was "+5*" and "+2*" (new partnerships per year), and the totals (25, 10) confirm it.',
    'The total of the under-100 row is missing from the OCR; +1 a year gives 5 over the period.',
    'Each year is encoded as an increment over the previous year’s reported stock, so 2025 needs the 2024 value as baseline.',
  ],
};
