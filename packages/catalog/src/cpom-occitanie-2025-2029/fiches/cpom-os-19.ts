import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const chosen = { shape: 'chosen-within-floor' as const, floor: 5, comparator: '>=' as const };
const progression = { shape: 'positive-progression' as const };
/** "Progression positive ou stabilisation": no drop below last year's rate. */
const progressionOrStable = { shape: 'positive-progression' as const, orStable: true };
const years = {
  '2025': chosen,
  '2026': progression,
  '2027': progression,
  '2028': progression,
  '2029': progressionOrStable,
};

/** CPOM_OS_19: serious adverse events declared to the ARS among the events reviewed in RMM. */
export const cpomOs19: IndicatorDefinitionInput = {
  code: 'CPOM_OS_19',
  title:
    'Taux de déclarations d’événements indésirables graves (EIG) parmi les événements indésirables (EI) traités en revue de morbi-mortalité (RMM)',
  objective: 'Renforcer la sécurité des soins et promouvoir la gestion des risques liés aux soins',
  definition:
    'Recueillir et analyser les événements indésirables permet d’identifier les actions qui sécurisent les prises en charge, mais les circuits de signalement sont nombreux et peu lisibles. ' +
    'Au-delà de l’obligation de transmission à l’ARS, l’analyse des EIG doit devenir une routine des équipes et nourrir la démarche qualité de l’établissement comme la politique régionale de qualité et de sécurité des soins. ' +
    'L’indicateur rapporte les EIG identifiés et déclarés à l’ARS à l’ensemble des EI analysés en RMM.',
  kind: {
    type: 'rate',
    numerator: 'EIG identifiés et déclarés à l’ARS',
    denominator: 'EI analysés en revue de morbi-mortalité',
    scale: 100,
  },
  formula: 'EIG déclarés à l’ARS / EI analysés en RMM × 100',
  unit: '%',
  direction: 'higher-is-better',
  dataSources: [
    'Comptes rendus des RMM',
    'Déclarations d’EIG de l’établissement à l’ARS (par établissement géographique)',
  ],
  partners: ['Structure régionale d’appui à la qualité des soins et à la sécurité des patients d’Occitanie (SRA)'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: ['Comptes rendus des RMM de l’année', 'Accusés de déclaration des EIG à l’ARS'],
  commentMustState: [
    'Cible choisie par l’établissement en 2025 (au moins 5 %)',
    'Nombre total de RMM tenues dans l’année',
  ],
  interpretationBands: [
    { label: 'Taux faible : sous-déclaration probable ou difficulté à distinguer un EI d’un EIG', max: 10 },
    { label: 'Taux intermédiaire', min: 10, max: 30 },
    { label: 'Taux élevé : équipes aptes à identifier et déclarer les EIG, culture de sécurité ancrée', min: 30 },
  ],
  targets: [
    { scope: { tiers: ['over-500'], label: 'Établissements de plus de 500 lits' }, years },
    { scope: { tiers: ['100-499'], label: 'Établissements de 100 à 499 lits' }, years },
    { scope: { tiers: ['under-100'], label: 'Établissements de moins de 100 lits' }, years },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0S_19; the canonical code is CPOM_OS_19.',
    '2025: target set by the establishment, at least 5 % (the seed prints "> 5%", an OCR rendering of ≥). 2026-2028: positive progression of the rate. 2029: positive progression or stabilisation (a stable rate also meets it).',
    'For establishments under 500 beds the seed also accepts a progression of the total number of RMM instead of the rate; the model holds one measure per fiche, so the rate is judged and the RMM count is asked in the comment.',
    'Interpretation bands from the seed: above 30 % high, below 10 % low.',
  ],
};
