import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold', comparator: '>=', value }) as const;
const notYet = (reason: string) => ({ shape: 'not-applicable', reason }) as const;
const YES = { shape: 'boolean', expected: true } as const;
const NO_POLICY = notYet('Pas d’intégration dans une politique attendue pour ces établissements');
const ENGAGED = 'Établissements déjà engagés dans la démarche';
const OTHERS = 'Autres établissements';

/** CPOM_OS_5: reducing the environmental footprint of cleaning and care products. */
export const cpomOs5: IndicatorDefinitionInput = {
  code: 'CPOM_OS_5',
  aliases: ['CPOM_OS_05'],
  title:
    'Mise en œuvre d’une démarche de réduction de l’empreinte environnementale des produits d’entretien et de soin, comprenant au moins une action sur les achats écoresponsables ou la réduction des produits chimiques (oui/non)',
  objective:
    'Réduire l’empreinte environnementale des produits d’entretien et de soin, promouvoir une consommation responsable, les produits certifiés et les pratiques alternatives durables',
  definition:
    'Les produits d’entretien, de désinfection et de soin exposent les professionnels à des substances irritantes ou toxiques, polluent l’air, l’eau et les déchets et pèsent sur les finances ; le PNSE 4, la feuille de route « développement durable et santé » et l’engagement 1 du PRS Occitanie encouragent des pratiques plus sobres. ' +
    'La démarche est progressive : recenser les produits, choisir des produits certifiés, former, ajuster les pratiques et valoriser les actions. ' +
    'L’établissement justifie au moins une action parmi : produits certifiés (Ecolabel, Ecocert, NF Environnement), réduction des volumes, alternatives sans chimie (vapeur, microfibres), sensibilisation des professionnels, gamme écoresponsable référencée dans un marché, critères durables dans un appel d’offres.',
  kind: {
    type: 'components',
    components: [
      {
        key: 'actions-structurees',
        label: 'Actions structurées de réduction de l’empreinte des produits',
        valueType: 'count',
      },
      { key: 'actions-complementaires', label: 'Actions complémentaires mises en œuvre', valueType: 'count' },
      {
        key: 'politique',
        label: 'Démarche intégrée dans une politique achats ou QSE formalisée',
        valueType: 'boolean',
      },
    ],
  },
  formula:
    'Oui si au moins une action structurée est mise en œuvre ; suivi du nombre d’actions complémentaires et de l’intégration dans une politique formalisée',
  unit: 'actions',
  direction: 'higher-is-better',
  dataSources: ['Déclaratif de l’établissement, avec éléments de preuve documentés'],
  partners: ['Fournisseurs de produits certifiés', 'Groupements d’achat et achats groupés du GHT'],
  steering: 'Directions des achats, de la logistique, de la qualité et du développement durable',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Tableau de suivi des produits',
    'Fiches techniques des fournisseurs',
    'Copie d’appel d’offres',
    'Rapport d’audit interne',
    'Compte rendu de la commission développement durable',
  ],
  commentMustState: ['Actions mises en œuvre et produits concernés'],
  // Rows of other establishments come first: with no way to tell engagement from the profile,
  // the first matching row applies, and the entry path must not judge a newcomer on the advanced one.
  targets: [
    {
      scope: { label: OTHERS },
      component: 'actions-structurees',
      years: {
        '2025': { shape: 'milestone', label: 'Réflexion engagée sur la réduction de l’empreinte des produits' },
        '2026': atLeast(1),
        '2027': atLeast(1),
        '2028': atLeast(1),
        '2029': atLeast(1),
      },
    },
    {
      scope: { label: OTHERS },
      component: 'actions-complementaires',
      years: {
        '2025': notYet('Actions complémentaires attendues à partir de 2028'),
        '2026': notYet('Actions complémentaires attendues à partir de 2028'),
        '2027': notYet('Actions complémentaires attendues à partir de 2028'),
        '2028': atLeast(2),
        '2029': atLeast(2),
      },
    },
    {
      scope: { label: OTHERS },
      component: 'politique',
      years: { '2025': NO_POLICY, '2026': NO_POLICY, '2027': NO_POLICY, '2028': NO_POLICY, '2029': NO_POLICY },
    },
    {
      scope: { label: ENGAGED },
      component: 'actions-structurees',
      years: { '2025': atLeast(1), '2026': atLeast(1), '2027': atLeast(1), '2028': atLeast(1), '2029': atLeast(1) },
    },
    {
      scope: { label: ENGAGED },
      component: 'actions-complementaires',
      years: {
        '2025': notYet('Actions complémentaires attendues à partir de 2026'),
        '2026': atLeast(2),
        '2027': atLeast(4),
        '2028': atLeast(4),
        '2029': atLeast(4),
      },
    },
    {
      scope: { label: ENGAGED },
      component: 'politique',
      years: {
        '2025': notYet('Intégration dans une politique attendue à partir de 2028'),
        '2026': notYet('Intégration dans une politique attendue à partir de 2028'),
        '2027': notYet('Intégration dans une politique attendue à partir de 2028'),
        '2028': YES,
        '2029': YES,
      },
    },
  ],
  sourceNotes: [
    'The rows of the table are "établissements déjà engagés dans la démarche" and "autres établissements". A target scope cannot express prior engagement, so both rows carry only a label and the engine applies the first: the rows of other establishments are listed first, so the entry path applies to everyone and the engaged path is kept for the fiche’s table.',
    'The fiche calls the indicator yes/no, but its yearly targets count structured and complementary actions and ask for a formal purchasing or QSE policy; encoded as components so each target can be judged. The yes/no of the title is "at least one structured action".',
    'Engaged establishments: 1 structured action in 2025, "extension à au moins 2 actions complémentaires" in 2026 and again in 2027 (total "1 action structurée et 4 actions complémentaires au bout des 5 ans"), so complementary actions are a running count of at least 2 then 4; integration into a formal purchasing or QSE policy in 2028 and 2029.',
    'Other establishments: "réflexion" (2025), at least 1 structured action (2026), consolidation (2027), at least 2 complementary actions (2028), consolidation (2029); consolidation keeps the previous floor.',
    'The definition line speaks of yearly quantities of ecolabelled products, which the targets never use; recorded as a possible proof (product tracking table) only.',
  ],
};
