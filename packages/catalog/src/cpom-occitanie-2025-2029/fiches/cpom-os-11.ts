import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const setUp = {
  shape: 'milestone' as const,
  label: 'Processus dédié d’admission directe des personnes âgées mis en place',
};
const dataIncluded = {
  shape: 'milestone' as const,
  label: 'Données des admissions directes non programmées réalisées par les processus de l’établissement intégrées',
};
const increase = (percent: number) => ({ shape: 'percent-of-baseline' as const, percent, baselineYear: 2026 });

/** CPOM_OS_11: direct unscheduled admissions of people over 75, without going through an emergency department. */
export const cpomOs11: IndicatorDefinitionInput = {
  code: 'CPOM_OS_11',
  title: 'Taux d’admissions directes non programmées (ADNP) sans passage par un SAU des personnes de plus de 75 ans',
  objective:
    'Favoriser l’accès direct aux prises en charge spécialisées sans passer par les urgences, en reliant premier et second recours, pour fluidifier les parcours des personnes âgées',
  definition:
    'Une nuit passée aux urgences dans l’attente d’un lit accroît la mortalité des patients de plus de 75 ans : l’orientation systématique vers un SAU ne convient pas à cette population. ' +
    'Tous les établissements MCO, avec ou sans service d’urgences, organisent un recours direct à l’hospitalisation depuis la ville, les EHPAD et les structures médico-sociales : conventions avec le premier recours, processus dédié (cellule d’ordonnancement, plateforme téléphonique, circuit court) et traçabilité des admissions. ' +
    'L’indicateur rapporte les patients de plus de 75 ans hospitalisés sans passage par les urgences à l’ensemble des patients de plus de 75 ans hospitalisés.',
  kind: {
    type: 'rate',
    numerator: 'Patients de plus de 75 ans admis en hospitalisation sans passage par les urgences',
    denominator: 'Patients de plus de 75 ans hospitalisés',
    scale: 100,
  },
  formula:
    'Patients de plus de 75 ans admis sans passage par les urgences / patients de plus de 75 ans hospitalisés × 100',
  unit: '%',
  direction: 'higher-is-better',
  dataSources: [
    'Admissions directes des personnes âgées à M9 de l’exercice en cours, publiées par l’ATIH (PMSI)',
    'Décompte des admissions directes réalisées par les processus de l’établissement',
  ],
  partners: [
    'SAS et leur filière gériatrique',
    'Organisations de médecine de ville (CPTS, MSP)',
    'ESMS',
    'Établissements de second recours (SMR, HAD)',
    'DAC',
  ],
  steering: 'Comité de pilotage réunissant les parties prenantes du parcours des personnes âgées sur le territoire',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2026,
  applicability: [{ type: 'exclude-categories', exclude: ['chs', 'had', 'smr', 'medico-social'] }],
  proofElements: [
    'Documents décrivant l’organisation d’admission directe installée (conventions, procédure, plateforme)',
    'Données d’activité des admissions directes non programmées issues de ces organisations',
  ],
  commentMustState: [
    'Processus dédié d’admission directe des personnes âgées installé : oui ou non (cellule d’ordonnancement, plateforme téléphonique…)',
  ],
  targets: [
    {
      scope: { tiers: ['over-500'], label: 'Établissements de plus de 500 lits' },
      years: { '2025': setUp, '2026': dataIncluded, '2027': increase(15), '2028': increase(20), '2029': increase(25) },
    },
    {
      scope: { tiers: ['100-499', 'under-100'], label: 'Autres établissements' },
      years: { '2025': setUp, '2026': dataIncluded, '2027': increase(10), '2028': increase(15), '2029': increase(20) },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0S_11; the canonical code is CPOM_OS_11.',
    'The seed concerns every MCO establishment; the model has no MCO flag, so psychiatric (CHS), HAD, SMR and medico-social establishments are excluded.',
    '2025 and 2026 are qualitative steps (set up the process, then include its direct-admission data): encoded as milestones.',
    'From 2027 the seed asks for "+15 %, +20 %, +25 % d’admissions directes non programmées" (+10/15/20 % for others) without naming the reference; the rising series reads as growth over the first complete measure (2026), encoded as percent-of-baseline with 2026 as baseline.',
  ],
};
