import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold', comparator: '>=', value }) as const;
/** "Maintien / montée en charge": at least the previous year's value. */
const KEEP = { shape: 'increment', amount: 0, base: 'previous-value' } as const;
const NO_THEME_TARGET = {
  shape: 'not-applicable',
  reason: 'Pas de cible sur le nombre de thématiques cette année',
} as const;
const NO_PLAN_YET = {
  shape: 'not-applicable',
  reason: 'Structuration dans un plan attendue à partir de 2028',
} as const;
const YES = { shape: 'boolean', expected: true } as const;
const NO_PLAN = {
  shape: 'not-applicable',
  reason: 'Pas de structuration dans un plan attendue pour ces établissements',
} as const;
const ENGAGED = 'Établissements déjà engagés dans des actions de santé environnementale ou de QVT, QSE ou RSE';
const OTHERS = 'Autres établissements';

/** CPOM_OS_2: environmental health actions carried out in the year, and how far they are structured. */
export const cpomOs2: IndicatorDefinitionInput = {
  code: 'CPOM_OS_2',
  aliases: ['CPOM_OS_02'],
  title:
    'Nombre d’actions menées en matière de santé environnementale (qualité de l’air intérieur, maladies vectorielles, etc.) et niveau d’engagement',
  objective: 'Promouvoir des actions de santé environnementale au bénéfice des usagers et des professionnels',
  definition:
    'Les établissements de santé contribuent à la transition écologique en réduisant leur impact et en agissant sur les déterminants environnementaux de la santé, dans la ligne du PRS Occitanie, de la stratégie nationale santé environnement et de la feuille de route « développement durable et santé ». ' +
    'Les actions visent les professionnels, les usagers et le cadre de vie de l’établissement, sur des thèmes tels que l’air intérieur, les maladies vectorielles, les mobilités actives, les perturbateurs endocriniens, l’éco-conception des soins, les déchets et l’énergie. ' +
    'L’indicateur compte les actions réalisées dans l’année, tous thèmes confondus, et suit le nombre de thématiques couvertes et leur structuration dans un plan.',
  kind: {
    type: 'components',
    components: [
      { key: 'actions', label: 'Actions de santé environnementale réalisées dans l’année', valueType: 'count' },
      { key: 'thematiques', label: 'Thématiques couvertes par ces actions', valueType: 'count' },
      {
        key: 'plan',
        label: 'Actions structurées dans un plan santé environnement ou QVT/QSE/RSE',
        valueType: 'boolean',
      },
    ],
  },
  formula: 'Nombre total d’actions de santé environnementale réalisées dans l’année, toutes thématiques confondues',
  unit: 'actions par an',
  direction: 'higher-is-better',
  dataSources: ['Remontée annuelle de l’établissement, sous format libre'],
  partners: ['Experts et opérateurs en santé environnementale (OSE, PNN, DREAL, CPIAS, Altopictus, ORDECO…)'],
  steering: 'Remontée annuelle de l’indicateur sous format libre',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Description des actions menées, par thématique, avec leur niveau d’engagement et leur impact observé ou attendu',
  ],
  commentMustState: [
    'Types d’actions et thématiques concernées',
    'Niveau d’engagement (sensibilisation, action structurée, plan pluriannuel) et impact par thématique',
  ],
  // Rows of other establishments come first: with no way to tell engagement from the profile,
  // the first matching row applies, and the entry path must not judge a newcomer on the advanced one.
  targets: [
    {
      scope: { label: OTHERS },
      component: 'actions',
      years: {
        '2025': { shape: 'milestone', label: 'Réflexion engagée sur des actions de santé environnementale' },
        '2026': atLeast(1),
        '2027': KEEP,
        '2028': atLeast(2),
        '2029': KEEP,
      },
    },
    {
      scope: { label: OTHERS },
      component: 'thematiques',
      years: { '2025': NO_THEME_TARGET, '2026': atLeast(1), '2027': KEEP, '2028': atLeast(2), '2029': KEEP },
    },
    {
      scope: { label: OTHERS },
      component: 'plan',
      years: { '2025': NO_PLAN, '2026': NO_PLAN, '2027': NO_PLAN, '2028': NO_PLAN, '2029': NO_PLAN },
    },
    {
      scope: { label: ENGAGED },
      component: 'actions',
      years: {
        '2025': atLeast(2),
        '2026': atLeast(3),
        '2027': KEEP,
        '2028': { shape: 'positive-progression' },
        '2029': { shape: 'positive-progression' },
      },
    },
    {
      scope: { label: ENGAGED },
      component: 'thematiques',
      years: { '2025': atLeast(1), '2026': atLeast(2), '2027': KEEP, '2028': NO_THEME_TARGET, '2029': NO_THEME_TARGET },
    },
    {
      scope: { label: ENGAGED },
      component: 'plan',
      years: { '2025': NO_PLAN_YET, '2026': NO_PLAN_YET, '2027': NO_PLAN_YET, '2028': YES, '2029': YES },
    },
  ],
  sourceNotes: [
    'The rows of the table are "établissements déjà engagés dans des actions de santé environnementale ou QVT/QSE/RSE" and "autres établissements". A target scope cannot express prior engagement, so both rows carry only a label and the engine applies the first: the rows of other establishments are listed first, so the entry path applies to everyone and the engaged path is kept for the fiche’s table.',
    'Cells such as "≥ 2 actions sur ≥ 1 thématique" give two floors, so the value is split into components: number of actions and number of themes, plus whether the actions are structured in a plan (2028-2029 for engaged establishments).',
    '"Maintien / montée en charge" is encoded as at least the previous year’s value; "progression annuelle" as a positive progression; "réflexion" (2025, other establishments) as a milestone.',
    'The OCR prints "> 2 actions" and "= 3 actions"; read as ≥.',
  ],
};
