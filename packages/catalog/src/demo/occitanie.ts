import { capacities2024To2026, site, type DemoOrgUnit } from './demo-org-unit.ts';

/**
 * Occitanie, the region of the CPOM 2025-2029 catalogue: three GHTs whose
 * members cover every tier of the fiches (over 500 beds, 100 to 499, under
 * 100) and every category they name (CHU, CH, CHS, clinic, HAD), plus two
 * private partners associated to a GHT and therefore placed under the region.
 *
 * FINESS: the EJ numbers of the three CHUs are the real ones; every other
 * number is illustrative, of the right department and with a valid key.
 * Capacities are plausible orders of magnitude, not official figures.
 */
export const OCCITANIE_GHT_KEYS = {
  hauteGaronneTarnOuest: 'ght-haute-garonne-tarn-ouest',
  estHeraultSudAveyron: 'ght-est-herault-sud-aveyron',
  cevennesGardCamargue: 'ght-cevennes-gard-camargue',
} as const;

const { hauteGaronneTarnOuest: HGTO, estHeraultSudAveyron: EHSA, cevennesGardCamargue: CGC } = OCCITANIE_GHT_KEYS;

const regionAndGhts: DemoOrgUnit[] = [
  { key: 'occitanie', kind: 'region', name: 'Occitanie', shortName: 'ARS Occitanie' },
  { key: HGTO, parentKey: 'occitanie', kind: 'ght', name: 'GHT Haute-Garonne et Tarn Ouest' },
  { key: EHSA, parentKey: 'occitanie', kind: 'ght', name: 'GHT Est-Hérault et Sud-Aveyron' },
  { key: CGC, parentKey: 'occitanie', kind: 'ght', name: 'GHT Cévennes-Gard-Camargue' },
];

const hauteGaronneTarnOuest: DemoOrgUnit[] = [
  {
    key: 'chu-toulouse',
    parentKey: HGTO,
    kind: 'establishment',
    name: 'Centre hospitalier universitaire de Toulouse',
    shortName: 'CHU de Toulouse',
    finess: '310781406',
    establishment: {
      category: 'chu',
      legalStatus: 'public',
      department: '31',
      capacities: capacities2024To2026([2290, 2275, 2260], [700, 715, 730]),
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
  site('chu-toulouse-purpan', 'chu-toulouse', 'Hôpital Purpan', '310104500'),
  site('chu-toulouse-rangueil', 'chu-toulouse', 'Hôpital Rangueil', '310104518'),
  site('chu-toulouse-larrey', 'chu-toulouse', 'Hôpital Larrey', '310104526'),
  {
    key: 'ch-gerard-marchant',
    parentKey: HGTO,
    kind: 'establishment',
    name: 'Centre hospitalier Gérard Marchant',
    shortName: 'CH Gérard Marchant',
    finess: '310783055',
    establishment: {
      category: 'chs',
      legalStatus: 'public',
      department: '31',
      capacities: capacities2024To2026([380, 375, 370], [210, 215, 220]),
      authorisations: ['psychiatry'],
    },
  },
  site('ch-gerard-marchant-site', 'ch-gerard-marchant', 'Hôpital Gérard Marchant', '310104609'),
  {
    key: 'ch-lavaur',
    parentKey: HGTO,
    kind: 'establishment',
    name: 'Centre hospitalier de Lavaur',
    shortName: 'CH de Lavaur',
    finess: '810006155',
    establishment: {
      category: 'ch',
      legalStatus: 'public',
      department: '81',
      capacities: capacities2024To2026([118, 116, 112], [20, 22, 24]),
      authorisations: ['emergency', 'imaging', 'smr'],
    },
  },
  site('ch-lavaur-site', 'ch-lavaur', 'Hôpital de Lavaur', '810104711'),
  {
    key: 'hopital-revel',
    parentKey: HGTO,
    kind: 'establishment',
    name: 'Hôpital de proximité de Revel',
    shortName: 'Hôpital de Revel',
    finess: '310783220',
    establishment: {
      category: 'local-hospital',
      legalStatus: 'public',
      department: '31',
      capacities: capacities2024To2026([45, 45, 45], [4, 4, 6]),
      authorisations: ['smr'],
    },
  },
  site('hopital-revel-site', 'hopital-revel', 'Hôpital de Revel', '310104740'),
];

const estHeraultSudAveyron: DemoOrgUnit[] = [
  {
    key: 'chu-montpellier',
    parentKey: EHSA,
    kind: 'establishment',
    name: 'Centre hospitalier universitaire de Montpellier',
    shortName: 'CHU de Montpellier',
    finess: '340780477',
    establishment: {
      category: 'chu',
      legalStatus: 'public',
      department: '34',
      capacities: capacities2024To2026([2350, 2340, 2330], [650, 665, 680]),
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
  site('chu-montpellier-lapeyronie', 'chu-montpellier', 'Hôpital Lapeyronie', '340105204'),
  site('chu-montpellier-gui-de-chauliac', 'chu-montpellier', 'Hôpital Gui-de-Chauliac', '340105212'),
  site('chu-montpellier-arnaud-de-villeneuve', 'chu-montpellier', 'Hôpital Arnaud-de-Villeneuve', '340105220'),
  site('chu-montpellier-saint-eloi', 'chu-montpellier', 'Hôpital Saint-Éloi', '340105238'),
  {
    key: 'ch-lunel',
    parentKey: EHSA,
    kind: 'establishment',
    name: 'Centre hospitalier de Lunel',
    shortName: 'CH de Lunel',
    finess: '340780451',
    establishment: {
      category: 'ch',
      legalStatus: 'public',
      department: '34',
      capacities: capacities2024To2026([62, 60, 60], [12, 12, 15]),
      authorisations: ['smr', 'imaging'],
    },
  },
  site('ch-lunel-site', 'ch-lunel', 'Hôpital de Lunel', '340105303'),
  {
    key: 'ch-millau',
    parentKey: EHSA,
    kind: 'establishment',
    name: 'Centre hospitalier de Millau',
    shortName: 'CH de Millau',
    finess: '120780184',
    establishment: {
      category: 'ch',
      legalStatus: 'public',
      department: '12',
      capacities: capacities2024To2026([165, 162, 160], [30, 32, 35]),
      authorisations: ['emergency', 'maternity', 'imaging', 'surgery', 'smr', 'mammography'],
    },
  },
  site('ch-millau-site', 'ch-millau', 'Hôpital de Millau', '120105408'),
  {
    key: 'ch-saint-affrique',
    parentKey: EHSA,
    kind: 'establishment',
    name: 'Centre hospitalier de Saint-Affrique',
    shortName: 'CH de Saint-Affrique',
    finess: '120780200',
    establishment: {
      category: 'ch',
      legalStatus: 'public',
      department: '12',
      capacities: capacities2024To2026([88, 86, 84], [10, 10, 12]),
      authorisations: ['emergency', 'smr'],
    },
  },
  site('ch-saint-affrique-site', 'ch-saint-affrique', 'Hôpital de Saint-Affrique', '120105416'),
];

const cevennesGardCamargue: DemoOrgUnit[] = [
  {
    key: 'chu-nimes',
    parentKey: CGC,
    kind: 'establishment',
    name: 'Centre hospitalier universitaire de Nîmes',
    shortName: 'CHU de Nîmes',
    finess: '300780038',
    establishment: {
      category: 'chu',
      legalStatus: 'public',
      department: '30',
      capacities: capacities2024To2026([1650, 1640, 1630], [420, 430, 440]),
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
  site('chu-nimes-caremeau', 'chu-nimes', 'Hôpital universitaire Carémeau', '300105509'),
  site('chu-nimes-serre-cavalier', 'chu-nimes', 'Hôpital de Serre-Cavalier', '300105517'),
  {
    key: 'ch-ales-cevennes',
    parentKey: CGC,
    kind: 'establishment',
    name: "Centre hospitalier d'Alès-Cévennes",
    shortName: "CH d'Alès-Cévennes",
    finess: '300780111',
    establishment: {
      category: 'ch',
      legalStatus: 'public',
      department: '30',
      capacities: capacities2024To2026([405, 400, 398], [80, 85, 90]),
      authorisations: [
        'emergency',
        'maternity',
        'imaging',
        'psychiatry',
        'surgery',
        'smr',
        'oncology',
        'intensive-care',
        'mammography',
      ],
    },
  },
  site('ch-ales-cevennes-site', 'ch-ales-cevennes', "Hôpital d'Alès", '300105608'),
];

/** Private partners: associated to the Toulouse GHT, not members, so under the region. */
const associatedPartners: DemoOrgUnit[] = [
  {
    key: 'clinique-pasteur',
    parentKey: 'occitanie',
    kind: 'establishment',
    name: 'Clinique Pasteur',
    finess: '310021274',
    establishment: {
      category: 'clinic',
      legalStatus: 'private-for-profit',
      department: '31',
      // Crosses 500 beds in 2026, so its tier, and its targets, change that year.
      capacities: capacities2024To2026([490, 498, 506], [150, 155, 160]),
      authorisations: ['surgery', 'imaging', 'oncology', 'intensive-care'],
      associatedGhtKeys: [HGTO],
    },
  },
  site('clinique-pasteur-site', 'clinique-pasteur', 'Clinique Pasteur, Toulouse', '310104823'),
  {
    key: 'had-sante-relais-domicile',
    parentKey: 'occitanie',
    kind: 'establishment',
    name: 'HAD Santé Relais Domicile',
    finess: '310025838',
    establishment: {
      category: 'had',
      legalStatus: 'private-non-profit',
      department: '31',
      // Home hospitalisation counts places (patients at home), never beds.
      capacities: capacities2024To2026([0, 0, 0], [240, 250, 260]),
      authorisations: ['had'],
      associatedGhtKeys: [HGTO],
    },
  },
  site(
    'had-sante-relais-domicile-site',
    'had-sante-relais-domicile',
    'HAD Santé Relais Domicile, Toulouse',
    '310104898',
  ),
];

export const occitanieOrgUnits: readonly DemoOrgUnit[] = [
  ...regionAndGhts,
  ...hauteGaronneTarnOuest,
  ...estHeraultSudAveyron,
  ...cevennesGardCamargue,
  ...associatedPartners,
];
