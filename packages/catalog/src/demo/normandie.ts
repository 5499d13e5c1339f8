import { capacities2024To2026, site, type DemoOrgUnit } from './demo-org-unit.ts';

/**
 * Normandie and the GHT Rouen Cœur de Seine of the shared medical-nursing
 * project 2023-2028: its members that the project names (CHU de Rouen,
 * CH du Rouvray for mental health, CH du Belvédère for women and children)
 * and the association it names as partner of the precarity pathway.
 *
 * FINESS: the CHU de Rouen EJ is the real one; the others are illustrative.
 */
export const ROUEN_GHT_KEY = 'ght-rouen-coeur-de-seine';

export const normandieOrgUnits: readonly DemoOrgUnit[] = [
  { key: 'normandie', kind: 'region', name: 'Normandie', shortName: 'ARS Normandie' },
  { key: ROUEN_GHT_KEY, parentKey: 'normandie', kind: 'ght', name: 'GHT Rouen Cœur de Seine' },
  {
    key: 'chu-rouen',
    parentKey: ROUEN_GHT_KEY,
    kind: 'establishment',
    name: 'Centre hospitalier universitaire de Rouen',
    shortName: 'CHU de Rouen',
    finess: '760780239',
    establishment: {
      category: 'chu',
      legalStatus: 'public',
      department: '76',
      capacities: capacities2024To2026([1950, 1940, 1930], [480, 490, 500]),
      authorisations: [
        'emergency',
        'maternity',
        'imaging',
        'psychiatry',
        'smr',
        'surgery',
        'oncology',
        'intensive-care',
        'mammography',
      ],
    },
  },
  site('chu-rouen-charles-nicolle', 'chu-rouen', 'Hôpital Charles-Nicolle', '760106005'),
  site('chu-rouen-bois-guillaume', 'chu-rouen', 'Hôpital de Bois-Guillaume', '760106013'),
  site('chu-rouen-saint-julien', 'chu-rouen', 'Hôpital Saint-Julien', '760106021'),
  site('chu-rouen-boucicaut', 'chu-rouen', 'Hôpital Boucicaut', '760106039'),
  site('chu-rouen-oissel', 'chu-rouen', "Hôpital d'Oissel", '760106047'),
  {
    key: 'ch-rouvray',
    parentKey: ROUEN_GHT_KEY,
    kind: 'establishment',
    name: 'Centre hospitalier du Rouvray',
    shortName: 'CH du Rouvray',
    finess: '760780718',
    establishment: {
      category: 'chs',
      legalStatus: 'public',
      department: '76',
      capacities: capacities2024To2026([470, 465, 460], [260, 270, 280]),
      authorisations: ['psychiatry'],
    },
  },
  site('ch-rouvray-site', 'ch-rouvray', 'Centre hospitalier du Rouvray, Sotteville-lès-Rouen', '760106104'),
  {
    key: 'ch-belvedere',
    parentKey: ROUEN_GHT_KEY,
    kind: 'establishment',
    name: 'Centre hospitalier du Belvédère',
    shortName: 'CH du Belvédère',
    finess: '760780809',
    establishment: {
      category: 'ch',
      legalStatus: 'public',
      department: '76',
      capacities: capacities2024To2026([96, 96, 98], [18, 18, 20]),
      authorisations: ['maternity', 'surgery', 'imaging', 'mammography'],
    },
  },
  site('ch-belvedere-site', 'ch-belvedere', 'Centre hospitalier du Belvédère, Mont-Saint-Aignan', '760106203'),
  {
    // A medico-social partner: associated to the GHT, not a member.
    key: 'association-emergence-s',
    parentKey: 'normandie',
    kind: 'establishment',
    name: 'Association Emergence-s',
    finess: '760029538',
    establishment: {
      category: 'medico-social',
      legalStatus: 'private-non-profit',
      department: '76',
      capacities: capacities2024To2026([0, 0, 0], [45, 45, 50]),
      authorisations: [],
      associatedGhtKeys: [ROUEN_GHT_KEY],
    },
  },
];
