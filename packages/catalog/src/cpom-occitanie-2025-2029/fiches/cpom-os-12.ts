import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const plusFivePercent = {
  shape: 'percent-increase' as const,
  percent: 5,
  base: 'previous-target' as const,
  rounding: 'round' as const,
};
const aboveLastYear = { shape: 'positive-progression' as const };
const publicHospitals = { categories: ['chu' as const, 'ch' as const], label: 'CHU et CH' };
const noRadiology = {
  shape: 'not-applicable' as const,
  reason: 'Sauf exception, les cliniques ne disposent pas de radiologues salariés',
};

/** CPOM_OS_12: mammographies and breast ultrasounds performed by public hospitals. */
export const cpomOs12: IndicatorDefinitionInput = {
  code: 'CPOM_OS_12',
  title: 'Nombre de mammographies et d’échographies mammaires réalisées par an',
  objective:
    'Améliorer l’accès à la mammographie et à l’échographie mammaire et réduire le délai d’attente de ces examens',
  definition:
    'Depuis 2024, les délais de rendez-vous de mammographie dépassent parfois six mois en Occitanie, le nombre de centres participant au dépistage organisé recule (142 en 2021, 137 en 2023) et le nombre de femmes dépistées a baissé de 10 % entre 2021 et 2024. ' +
    'L’ARS attend des établissements publics une hausse linéaire des mammographies (dépistage individuel ou organisé) et des échographies mammaires de deuxième intention : les CH consolident le maillage (moyenne régionale 2024 : 740 examens), les CHU inscrivent cette activité dans la formation des radiologues (moyenne 2024 : 356 examens). ' +
    'Une attention particulière porte sur les Pyrénées-Orientales, le Tarn, la Haute-Garonne, l’Hérault et le Lot.',
  kind: {
    type: 'components',
    components: [
      { key: 'mammographies', label: 'Mammographies (bilatérales, de dépistage et unilatérales)', valueType: 'count' },
      { key: 'echographies', label: 'Échographies mammaires (unilatérales et bilatérales)', valueType: 'count' },
    ],
  },
  formula:
    'Mammographies : actes CCAM QEQK001, QEQK004 et QEQK005 de l’année ; échographies : actes CCAM QEQM001 de l’année',
  unit: 'examens',
  direction: 'higher-is-better',
  dataSources: ['Actes CCAM QEQK001, QEQK004, QEQK005 (mammographies) et QEQM001 (échographie du sein)'],
  partners: ['Équipes de radiologie et directions des établissements publics'],
  steering: 'ARS Occitanie',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2024,
  applicability: [{ type: 'categories', include: ['chu', 'ch'] }],
  proofElements: ['Extraction des actes CCAM de mammographie et d’échographie mammaire de l’année'],
  targets: [
    {
      scope: publicHospitals,
      component: 'mammographies',
      years: {
        '2025': { shape: 'percent-increase', percent: 3, base: 'previous-target', rounding: 'round' },
        '2026': plusFivePercent,
        '2027': plusFivePercent,
        '2028': plusFivePercent,
        '2029': plusFivePercent,
      },
    },
    {
      scope: publicHospitals,
      component: 'echographies',
      years: {
        '2025': aboveLastYear,
        '2026': aboveLastYear,
        '2027': aboveLastYear,
        '2028': aboveLastYear,
        '2029': aboveLastYear,
      },
    },
    {
      scope: { categories: ['clinic'], label: 'Cliniques' },
      years: {
        '2025': noRadiology,
        '2026': noRadiology,
        '2027': noRadiology,
        '2028': noRadiology,
        '2029': noRadiology,
      },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0OS_12; the canonical code is CPOM_OS_12. The title reads "nombre de modes de prise en charge"; the definition and targets count examinations, so the title names the examinations.',
    'The CHU and CH rows of the target table share merged cells; the same targets are encoded for both.',
    'Mammographies: +3 % over 2024 in 2025, then +5 % a year chained on the previous target, as in the seed’s example (740 → 762 → 800 → 840 → 882 → 926, about +25 % over the period).',
    'Ultrasounds: the seed prints "> 2024", "> 2025"…: each year above the previous year, encoded as positive progression.',
    'CCAM codes are OCR-damaged (QEQKOO01, QEQKO004…); restored as QEQK001, QEQK004, QEQK005 and QEQM001.',
    'Only CHU and CH carry targets; clinics are "sans objet" (row kept as in the table) and other categories (CHS, HAD, SMR…) are not named by the seed, so applicability is limited to CHU and CH.',
  ],
};
