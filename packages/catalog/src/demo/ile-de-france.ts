import { AUTHORISATIONS } from '@jalon/domain/organisation/establishment';
import { capacities2024To2026, grouping, site, unit, type DemoOrgUnit } from './demo-org-unit.ts';

/**
 * Île-de-France and AP-HP, the university hospital whose medical project and
 * nursing care project are built from the contributions of its hospital
 * groups (GHU). AP-HP is public but belongs to no GHT, so it sits directly
 * under the region. Its hospitals are sites of the one legal entity; GHUs and
 * their DMUs are groupings, since a GHU spans several sites.
 *
 * FINESS: the AP-HP EJ and the Pitié-Salpêtrière, Georges-Pompidou and
 * Necker ET numbers are the real ones; the others are illustrative.
 */
export const APHP_KEY = 'aphp';

const GHU = {
  centre: 'aphp-ghu-centre',
  sorbonne: 'aphp-ghu-sorbonne',
  nord: 'aphp-ghu-nord',
  saclay: 'aphp-ghu-saclay',
} as const;

const establishmentAndSites: DemoOrgUnit[] = [
  { key: 'ile-de-france', kind: 'region', name: 'Île-de-France', shortName: 'ARS Île-de-France' },
  {
    key: APHP_KEY,
    parentKey: 'ile-de-france',
    kind: 'establishment',
    name: 'Assistance Publique – Hôpitaux de Paris',
    shortName: 'AP-HP',
    finess: '750712184',
    establishment: {
      category: 'chu',
      legalStatus: 'public',
      department: '75',
      capacities: capacities2024To2026([15800, 15700, 15600], [3200, 3300, 3400]),
      authorisations: [...AUTHORISATIONS],
    },
  },
  site('aphp-pitie-salpetriere', APHP_KEY, 'Hôpital Pitié-Salpêtrière', '750100125'),
  site('aphp-hegp', APHP_KEY, 'Hôpital européen Georges-Pompidou', '750803447'),
  site('aphp-necker', APHP_KEY, 'Hôpital Necker-Enfants malades', '750100208'),
  site('aphp-bichat', APHP_KEY, 'Hôpital Bichat-Claude-Bernard', '750106403'),
  site('aphp-ambroise-pare', APHP_KEY, 'Hôpital Ambroise-Paré', '920106507'),
  site('aphp-raymond-poincare', APHP_KEY, 'Hôpital Raymond-Poincaré', '920106515'),
];

const hospitalGroups: DemoOrgUnit[] = [
  grouping(GHU.centre, APHP_KEY, 'AP-HP. Centre – Université Paris Cité', 'GHU AP-HP. Centre'),
  grouping(GHU.sorbonne, APHP_KEY, 'AP-HP. Sorbonne Université', 'GHU AP-HP. Sorbonne Université'),
  grouping(GHU.nord, APHP_KEY, 'AP-HP. Nord – Université Paris Cité', 'GHU AP-HP. Nord'),
  grouping(GHU.saclay, APHP_KEY, 'AP-HP. Université Paris-Saclay', 'GHU AP-HP. Paris-Saclay'),
];

const departments: DemoOrgUnit[] = [
  grouping('aphp-sorbonne-dmu-neurosciences', GHU.sorbonne, 'DMU Neurosciences'),
  grouping('aphp-sorbonne-dmu-coeur', GHU.sorbonne, 'DMU Cœur, vaisseaux et métabolisme'),
  grouping('aphp-centre-dmu-urgences', GHU.centre, 'DMU Anesthésie, réanimation et urgences'),
  grouping('aphp-centre-dmu-cancerologie', GHU.centre, 'DMU Cancérologie'),
  grouping('aphp-nord-dmu-femme-enfant', GHU.nord, 'DMU Femme, enfant et périnatalité'),
  grouping('aphp-saclay-dmu-readaptation', GHU.saclay, 'DMU Handicap, rééducation et réadaptation'),
];

const units: DemoOrgUnit[] = [
  unit('aphp-sorbonne-neurologie', 'aphp-sorbonne-dmu-neurosciences', 'Service de neurologie'),
  unit('aphp-sorbonne-unv', 'aphp-sorbonne-dmu-neurosciences', 'Unité neurovasculaire'),
  unit('aphp-sorbonne-cardiologie', 'aphp-sorbonne-dmu-coeur', 'Service de cardiologie'),
  unit('aphp-centre-reanimation', 'aphp-centre-dmu-urgences', 'Service de médecine intensive et réanimation'),
  unit('aphp-centre-urgences', 'aphp-centre-dmu-urgences', "Service d'accueil des urgences"),
  unit('aphp-centre-oncologie', 'aphp-centre-dmu-cancerologie', "Service d'oncologie médicale"),
  unit('aphp-nord-maternite', 'aphp-nord-dmu-femme-enfant', 'Service de gynécologie-obstétrique'),
  unit('aphp-saclay-mpr', 'aphp-saclay-dmu-readaptation', 'Service de médecine physique et de réadaptation'),
];

export const ileDeFranceOrgUnits: readonly DemoOrgUnit[] = [
  ...establishmentAndSites,
  ...hospitalGroups,
  ...departments,
  ...units,
];
