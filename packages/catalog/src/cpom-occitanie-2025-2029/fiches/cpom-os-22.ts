import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const plus15 = {
  shape: 'percent-increase' as const,
  percent: 15,
  base: 'previous-value' as const,
  rounding: 'ceil' as const,
};

/** CPOM_OS_22: research projects the establishment takes part in each year. */
export const cpomOs22: IndicatorDefinitionInput = {
  code: 'CPOM_OS_22',
  title: 'Nombre de projets de recherche auxquels l’établissement participe chaque année',
  objective:
    'Encourager la participation des établissements de santé aux projets de recherche et promouvoir leur universitarisation',
  definition:
    'L’universitarisation des formations médicales et paramédicales progresse, mais la recherche paramédicale reste peu développée et les établissements hors CHU peinent à rivaliser en recherche. ' +
    'L’ARS attend davantage de projets de recherche clinique et translationnelle, des coopérations avec les universités et organismes de recherche et une gouvernance de la recherche structurée dans l’établissement. ' +
    'L’indicateur compte les projets actifs ou en cours de démarrage dans l’année civile, toutes disciplines confondues, y compris multicentriques, en partenariat ou en lien avec le GHT.',
  kind: { type: 'count' },
  formula:
    'Nombre de projets de recherche actifs ou en cours de démarrage dans l’année civile, toutes disciplines confondues',
  unit: 'projets',
  direction: 'higher-is-better',
  dataSources: ['Déclaration de l’établissement (liste des projets, suivi de la DRCI)'],
  partners: [
    'Professionnels de l’établissement',
    'Universités',
    'Professionnels libéraux maîtres de stage',
    'CDOM et URPS',
  ],
  steering: 'Groupe de travail ou équipe de recherche de l’établissement',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2025,
  proofElements: ['Liste des projets', 'Protocoles', 'Affiliation recherche', 'Fiches de suivi de la DRCI'],
  commentMustState: ['Gouvernance de la recherche en place dans l’établissement (attendue en 2029)'],
  targets: [
    {
      scope: { label: 'Tous les établissements concernés' },
      years: {
        '2025': { shape: 'not-applicable', reason: 'Année de référence : premier recueil, sans cible' },
        '2026': plus15,
        '2027': plus15,
        '2028': plus15,
        '2029': plus15,
      },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0S_22; the canonical code is CPOM_OS_22.',
    'The 2025 cell is empty: 2025 is the reference year and has no target. From 2026, +15 % over the previous year’s count.',
    'In 2029 the seed adds "maintien et ancrage dans une gouvernance recherche" to the +15 %; the governance is asked in the comment.',
    'Targets round up: with a few projects, rounding to nearest could ask for no new project at all.',
  ],
};
