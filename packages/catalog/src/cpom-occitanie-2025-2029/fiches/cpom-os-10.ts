import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold' as const, comparator: '>=' as const, value });

/** CPOM_OS_10: weekly bed-management cells held by the establishment. */
export const cpomOs10: IndicatorDefinitionInput = {
  code: 'CPOM_OS_10',
  title: 'Nombre de cellules hebdomadaires de gestion des lits',
  objective: 'Améliorer et fluidifier le parcours de soins hospitalier et réduire les délais de prise en charge',
  definition:
    'Une cellule interne de gestion des lits, dans chaque établissement ou à l’échelle du GHT, coordonne en temps réel entrées, sorties et capacités disponibles afin de faciliter les hospitalisations non programmées et de limiter l’attente sur brancard, en lien avec la mesure 12 du Pacte de refondation des urgences. ' +
    'Seules comptent les réunions formalisées et récurrentes (au moins hebdomadaires) portant sur les lits disponibles, les prévisions d’entrées et de sorties, les tensions des services ou les transferts, avec au moins un cadre administratif ou soignant et un support de suivi. ' +
    'Les réunions informelles, ponctuelles ou moins qu’hebdomadaires sont exclues, sauf cas justifié (petit établissement, faible activité).',
  kind: { type: 'count' },
  formula:
    'Nombre de cellules de gestion des lits tenues chaque semaine (fréquence hebdomadaire constatée sur l’année)',
  unit: 'cellules par semaine',
  direction: 'higher-is-better',
  dataSources: [
    'Données capacitaires en temps réel de l’ORU (espace professionnel)',
    'Indicateur BJML (besoin journalier moyen en lits) diffusé chaque mois par l’ORU',
    'Outils internes de gestion des lits et des flux de patients',
  ],
  partners: ['Établissements membres du GHT', 'ORU (cellule opérationnelle)'],
  steering: 'Instance interne du GHT',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Calendrier et comptes rendus des cellules de gestion des lits',
    'Support de suivi utilisé (tableau de bord, logiciel de gestion des lits, rapport de synthèse)',
  ],
  commentMustState: ['Participants habituels de la cellule (services et fonctions représentés)'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: { '2025': atLeast(1), '2026': atLeast(1), '2027': atLeast(2), '2028': atLeast(2), '2029': atLeast(2) },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0OS_10; the canonical code is CPOM_OS_10.',
    'The formula counts cells held in the year while the targets are a weekly frequency (1 weekly cell at least in 2025-2026, 2 from 2027); the value is the weekly frequency, which matches the period total of 8 (1 + 1 + 2 + 2 + 2).',
  ],
};
