import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold', comparator: '>=', value }) as const;

/** CPOM_OS_1: share of staff trained or made aware of environmental health. */
export const cpomOs1: IndicatorDefinitionInput = {
  code: 'CPOM_OS_1',
  aliases: ['CPOM_OS_01'],
  title:
    'Taux de professionnels formés ou sensibilisés en santé environnementale : qualité de l’air intérieur, maladies vectorielles, mobilités actives, perturbateurs endocriniens, éco-conception des soins',
  objective: 'Développer les compétences des professionnels en santé environnementale',
  definition:
    'Inscrit dans l’engagement n°1 du PRS Occitanie (transitions écologiques et prévention), l’objectif est que les équipes connaissent les facteurs environnementaux qui pèsent sur la santé, adaptent leurs pratiques et informent les usagers. ' +
    'Sont visés les soignants, les professionnels des services techniques et logistiques et les référents développement durable, QSE ou RSE, sur cinq thèmes prioritaires : air intérieur, maladies vectorielles, mobilités actives, perturbateurs endocriniens, éco-conception des soins. ' +
    'L’indicateur rapporte le nombre de professionnels formés ou sensibilisés à au moins un thème dans l’année à l’effectif total ; la formation interne par les pairs compte.',
  kind: {
    type: 'rate',
    numerator: 'Professionnels formés ou sensibilisés dans l’année à au moins une thématique de santé environnementale',
    denominator: 'Effectif total des professionnels de l’établissement',
    scale: 100,
  },
  formula:
    'Professionnels formés ou sensibilisés sur au moins une thématique / professionnels de l’établissement × 100',
  unit: '%',
  direction: 'higher-is-better',
  dataSources: ['Plan de formation et bilans de formation de l’établissement', 'Déclaratif de l’établissement'],
  partners: [
    'ARS, structure régionale d’appui (SRA) et IREPS Occitanie : appui aux formations, kits pédagogiques, référentiels',
    'Organismes de formation (C2DS, OSE, PNN, ANFH)',
    'Outils nationaux (HAS, CGDD) et partenaires associatifs ou universitaires',
  ],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Plan de formation annuel intégrant des modules de santé environnementale',
    'Feuilles d’émargement ou attestations des formations et sensibilisations',
  ],
  commentMustState: ['Thématique de santé environnementale choisie'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: {
        '2025': atLeast(10),
        '2026': atLeast(15),
        '2027': atLeast(20),
        '2028': atLeast(25),
        '2029': atLeast(30),
      },
    },
  ],
  sourceNotes: [
    'The OCR prints ">10%", ">15%", "=220%", ">25%", ">30%"; read as ≥ 10, 15, 20, 25 and 30 %, the total column saying 30 % after five years.',
    'The asterisk on the cells says a professional counts once trained or made aware on at least one theme.',
    'The formula counts people trained "dans l’année" while the targets climb to 30 % after five years; the yearly rate is kept as the fiche writes it.',
  ],
};
