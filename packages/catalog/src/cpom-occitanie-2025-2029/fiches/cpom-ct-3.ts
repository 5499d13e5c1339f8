import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

/** CPOM_CT_3: pharmacy or medical biology functions organised in common within the GHT. */
export const cpomCt3: IndicatorDefinitionInput = {
  code: 'CPOM_CT_3',
  aliases: ['CPOM_CT_03'],
  title:
    'Organisation de fonctions en commun au sein du GHT pour l’activité de pharmacie ou de biologie, au choix (uniquement GHT)',
  objective:
    'Renforcer les partenariats entre membres du GHT en organisant en commun les moyens matériels et humains des établissements publics',
  definition:
    'Les pénuries de pharmaciens et de biologistes fragilisent les pharmacies à usage intérieur (PUI) et les laboratoires publics ; leur mutualisation au sein du GHT sécurise l’activité, stabilise les équipes et améliore l’efficience. ' +
    'L’établissement choisit l’activité suivie : pharmacie (missions organisées en commun : dispensation, préparations, stérilisation, pharmacie clinique…) ou biologie médicale (fonctions mises en commun : phase pré-analytique, logistique, astreintes, équipes partagées, laboratoire multisite). ' +
    'La cible suit chaque année une étape de la démarche, de l’état des lieux à la mise en œuvre effective d’au moins une fonction commune.',
  kind: { type: 'milestone' },
  formula: 'Étape de la démarche atteinte dans l’année, pour l’activité choisie (pharmacie ou biologie médicale)',
  unit: 'étape atteinte',
  direction: 'higher-is-better',
  dataSources: [
    'Projet médical partagé du GHT (volet pharmacie ou biologie)',
    'Conventions de coopération',
    'Comptes rendus des instances de pilotage du GHT',
    'Documentation du laboratoire de biologie médicale (LBM)',
  ],
  partners: ['Établissements membres du GHT (comité de pilotage, groupes de travail)'],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2025,
  applicability: [{ type: 'ght-member' }],
  proofElements: [
    'Volet pharmacie ou biologie du projet médical partagé, actualisé',
    'Conventions de coopération signées',
    'Comptes rendus des instances de pilotage du GHT, avec des unités de mesure harmonisées entre établissements',
  ],
  commentMustState: [
    'Activité retenue (pharmacie ou biologie médicale)',
    'Fonctions ou missions organisées en commun et établissements concernés',
  ],
  targets: [
    {
      scope: { label: 'Établissements membres du GHT' },
      years: {
        '2025': {
          shape: 'milestone',
          label:
            'État des lieux de l’activité choisie dans le GHT : réalisé pour la pharmacie (PUI, produits de santé, effectifs, compétences, missions), lancé pour la biologie (organisation et ressources)',
        },
        '2026': {
          shape: 'milestone',
          label:
            'État des lieux poursuivi, avec pour la pharmacie l’évaluation des besoins complémentaires (effectifs, locaux, équipements, autorisations)',
        },
        '2027': {
          shape: 'milestone',
          label:
            'Plan d’organisation commune (intégrée ou coordonnée) finalisé dans le GHT, avec son échéancier d’actions',
        },
        '2028': {
          shape: 'milestone',
          label: 'Au moins une fonction effectivement organisée en commun dans le GHT',
        },
        '2029': {
          shape: 'milestone',
          label:
            'Mise en œuvre poursuivie selon le calendrier ; pour la biologie, gouvernance commune formalisée et continuité territoriale de l’offre assurée',
        },
      },
    },
  ],
  sourceNotes: [
    'The fiche has two target tables, one for pharmacy and one for biology, and the establishment picks one activity; both tables are merged into one yearly milestone whose label states where they differ.',
    'The biology table repeats "lancement d’un état des lieux" for 2025 and 2026; read as the inventory being continued in 2026.',
    'For pharmacy 2028 the fiche adds, where relevant, requests to modify the initial PUI authorisations; for biology it sets a regional aim that from 2027 every GHT member takes part in a common organisation. Both are context, not separate targets.',
    'Reference period reads "N-1 ou 2025"; 2025 is recorded as baseline year.',
  ],
};
