import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

/** CPOM_OS_14: days of the new HAD specialties or of cancer treatment at home. */
export const cpomOs14: IndicatorDefinitionInput = {
  code: 'CPOM_OS_14',
  title:
    'Nombre de journées de spécialité (réadaptation, ante et post-partum, enfants de moins de 3 ans) ou de traitement du cancer réalisées dans l’année en HAD',
  objective: 'Développer les nouvelles spécialités de l’hospitalisation à domicile',
  definition:
    'Depuis la réforme des autorisations, l’HAD est une activité de soins à part entière : une mention socle, qui inclut l’administration de traitements du cancer par voie orale ou injectable, et trois mentions spécialisées (ante et post-partum, enfants de moins de 3 ans, réadaptation). ' +
    'Les autorisations accordées en 2024 en Occitanie sont en cours de mise en œuvre. ' +
    'L’indicateur compte les journées réalisées dans ces spécialités nouvellement autorisées ou pour un traitement du cancer, afin de suivre leur montée en charge.',
  kind: { type: 'count' },
  formula:
    'Journées de spécialité de l’année, selon le mode de prise en charge principal (MPP) et associé (MPA), ou journées d’administration de traitements oraux ou injectables contre le cancer selon le MPP',
  unit: 'journées',
  direction: 'higher-is-better',
  dataSources: ['PMSI HAD (modes de prise en charge principal et associé)', 'Déclaration de l’établissement'],
  partners: ['ANAP (accompagnement des établissements volontaires)'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  applicability: [{ type: 'authorisation', authorisation: 'had' }],
  proofElements: [
    'À partir de 2026 : conventions signées avec les partenaires',
    'Retours d’expérience des professionnels et des patients (taux de satisfaction)',
    'Plaquettes d’information destinées aux professionnels et aux patients',
    'Outils de communication',
    'Logiciel de santé interfacé',
    'Protocoles de soins mis en place, ajustés si nécessaire',
  ],
  commentMustState: [
    'Spécialité ou activité lancée (réadaptation, ante et post-partum, enfants de 0 à 3 ans, traitement du cancer oral ou injectable)',
    'Répartition des journées entre mode de prise en charge principal et associé',
  ],
  targets: [
    {
      scope: { label: 'Établissements autorisés en HAD' },
      years: {
        '2025': {
          shape: 'milestone',
          label:
            'Analyse de l’existant réalisée : données d’activité HAD recueillies et spécialités à développer identifiées',
        },
        '2026': {
          shape: 'milestone',
          label:
            'Une spécialité lancée (réadaptation, post-partum, pédiatrie 0-3 ans) ou l’activité de traitement du cancer (oral ou injectable)',
        },
        '2027': { shape: 'milestone', label: 'Nombre de journées de l’activité choisie déclaré' },
        '2028': { shape: 'percent-increase', percent: 10, base: 'previous-value', rounding: 'ceil' },
        '2029': { shape: 'percent-increase', percent: 20, base: 'previous-value', rounding: 'ceil' },
      },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0OS_14; the canonical code is CPOM_OS_14.',
    'Table cells spilled across lines; reconstructed as: 2025 analysis of existing activity, 2026 launch of one specialty or of cancer treatment, 2027 declaration of the days of the chosen activity, 2028 +10 % days (reference 2027), 2029 +20 % days (reference 2028).',
    'The 2028 and 2029 increases concern the newly launched activity only; the reported value is its number of days. Targets round up, since a day count below the stated increase would not meet it.',
  ],
};
