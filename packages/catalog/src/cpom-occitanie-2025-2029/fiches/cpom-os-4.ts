import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const YES = { shape: 'boolean', expected: true } as const;

/** CPOM_OS_4: the establishment has signed the charter promoting staff vaccination. */
export const cpomOs4: IndicatorDefinitionInput = {
  code: 'CPOM_OS_4',
  aliases: ['CPOM_OS_04'],
  title:
    'Établissement signataire de la charte d’engagement en faveur de la vaccination des professionnels de santé (oui/non)',
  objective: 'Renforcer la promotion de la vaccination',
  definition:
    'Vacciner les soignants les protège, protège les patients fragiles et préserve la continuité des soins en période épidémique ; la couverture reste insuffisante dans plusieurs départements (Lot, Ariège, Aude), notamment contre la grippe. ' +
    'La charte d’engagement en faveur de la vaccination des professionnels de santé engage la gouvernance à structurer une stratégie vaccinale et sert de levier pour des actions internes (campagnes, vaccinateurs, créneaux dédiés). ' +
    'L’indicateur vaut oui lorsque l’établissement a signé la charte.',
  kind: { type: 'boolean' },
  formula: 'Oui si la charte est signée par l’établissement, non sinon',
  unit: 'oui/non',
  direction: 'higher-is-better',
  dataSources: ['Charte pour la vaccination des professionnels en Occitanie'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Copie de la charte signée, courrier officiel ou communication interne ou externe',
    'À partir de 2026 : actions internes de promotion de la vaccination documentées',
  ],
  commentMustState: ['À partir de 2026, actions de promotion de la vaccination menées dans l’année'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: { '2025': YES, '2026': YES, '2027': YES, '2028': YES, '2029': YES },
    },
  ],
  sourceNotes: [
    'The table has a 2025 column (signature of the charter, the minimum target) and a single 2026-2029 column (commitment kept and internal promotion actions documented); the latter is encoded as "oui" each year with the actions required as proof and comment.',
  ],
};
