import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const oneExercise = { shape: 'threshold' as const, comparator: '>=' as const, value: 1 };

/** CPOM_OS_18: crisis exercises, including cyber-attack scenarios, run in the establishment. */
export const cpomOs18: IndicatorDefinitionInput = {
  code: 'CPOM_OS_18',
  title: 'Nombre d’exercices de crise, y compris de cyberattaque, mis en œuvre dans l’établissement',
  objective: 'Acculturer les acteurs à la gestion des situations sanitaires exceptionnelles',
  definition:
    'Des plans de crise (PGTHSSE, PCA, PSE) ne suffisent pas : il faut les éprouver par des exercices réguliers, qui testent la coordination, forment les équipes à l’alerte, révèlent les points faibles et ancrent la culture du risque, dans la dynamique du dispositif ORSAN Occitanie. ' +
    'Les scénarios retenus sont pertinents pour l’établissement (épidémie, afflux massif de victimes, panne informatique, cyberattaque…). ' +
    'Un exercice peut être interne, mené à l’échelle du GHT ou avec d’autres acteurs (SAMU, ARS, ORU, SDIS), sur table ou en conditions réelles.',
  kind: { type: 'count' },
  formula: 'Nombre d’exercices de crise réalisés dans l’année, dont ceux portant sur une cyberattaque',
  unit: 'exercices par an',
  direction: 'higher-is-better',
  dataSources: ['Déclaration de l’établissement'],
  partners: ['Établissements de santé'],
  steering: 'Comité de pilotage de l’UVPCS et du pôle e-santé de l’ARS',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: ['Programme, scénario et retour d’expérience (RETEX) de chaque exercice'],
  commentMustState: ['Nombre de participants à chaque exercice', 'Exercices portant sur une cyberattaque'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: {
        '2025': oneExercise,
        '2026': oneExercise,
        '2027': oneExercise,
        '2028': oneExercise,
        '2029': oneExercise,
      },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0S_18; the canonical code is CPOM_OS_18.',
    'The table prints "< 1 exercice de crise" for every year; OCR turns ≥ into <, so read as at least one crisis exercise a year (the total column says at least one per year).',
  ],
};
