import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const ofInitialFile = (percent: number) => ({ shape: 'percent-of-baseline' as const, percent, baselineYear: 2024 });

/** CPOM_OS_15: yearly active file of patients supported by the disability referent. */
export const cpomOs15: IndicatorDefinitionInput = {
  code: 'CPOM_OS_15',
  title:
    'File active des personnes accompagnées par année de référence depuis la nomination du référent handicap de l’établissement',
  objective: 'Permettre une accessibilité graduée aux soins des personnes vivant avec un handicap',
  definition:
    'La loi n° 2021-502 du 21 avril 2021 (article 43) et le décret n° 2022-1679 du 27 décembre 2022 imposent un référent handicap dans les établissements participant au service public hospitalier ; les autres peuvent en nommer un (instruction DGOS/R4/2023/66 du 1er juin 2023). ' +
    'Le référent organise l’accès aux soins des patients en situation de handicap, adultes comme enfants et quel que soit le handicap : il anticipe la consultation ou le séjour, prépare la sortie et appuie les équipes. ' +
    'L’indicateur suit le nombre de personnes accompagnées par le référent chaque année depuis sa nomination.',
  kind: { type: 'count' },
  formula: 'Nombre de patients en situation de handicap accompagnés par le référent handicap dans l’année',
  unit: 'patients par an',
  direction: 'higher-is-better',
  dataSources: ['Rapport d’activité du référent handicap de l’établissement'],
  partners: ['Référent régional des référents handicap en établissement de santé (porté par l’UGECAM)'],
  steering:
    'Comité de suivi du référent régional des référents handicap et direction de l’offre de soins et de l’autonomie (DOSA) de l’ARS',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2024,
  proofElements: [
    'Rapport d’activité du référent handicap, transmis à la commission des usagers',
    'Charte Romain Jacob signée par l’établissement',
  ],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: {
        '2025': ofInitialFile(20),
        '2026': ofInitialFile(40),
        '2027': ofInitialFile(60),
        '2028': ofInitialFile(80),
        '2029': ofInitialFile(100),
      },
    },
  ],
  sourceNotes: [
    'The table places "file active de la 1re année" under 2024: the first year’s active file serves as baseline, encoded with 2024 as baseline year.',
    'Targets are +20 %, +40 %, +60 %, +80 % and +100 % of the initial active file (the total column says +100 % after five years), encoded as percent-of-baseline.',
    'The referent is mandatory only in establishments of the public hospital service, but the target row names all establishments; no applicability restriction is encoded.',
  ],
};
