import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { formatNumber, joinFrench } from '@jalon/domain/indicators/french-format';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import type { DemoEstablishmentProfile } from './indicator-values-establishments.ts';
import type { DemoRandom } from './indicator-values-random.ts';

/**
 * The comment a demo value carries where its fiche says what the comment
 * must state (theme and participants, partners, dates of update…). Generic
 * but consistent with the figures beside it, as a quality manager would write.
 */

interface CommentContext {
  establishment: DemoEstablishmentProfile;
  value: IndicatorValue;
  rng: DemoRandom;
}

type CommentRule = (context: CommentContext) => string;

const HEALTH_THEMES = [
  'nutrition',
  'activité physique',
  'sevrage tabagique',
  'santé mentale',
  'vaccination',
  'dépistage des cancers',
] as const;
const ENVIRONMENT_THEMES = [
  'qualité de l’air intérieur',
  'maladies vectorielles',
  'mobilités actives',
  'perturbateurs endocriniens',
  'éco-conception des soins',
] as const;
const QVCT_ACTIONS = [
  'ateliers de prévention des TMS',
  'groupes d’analyse de pratiques',
  'séances de sophrologie',
  'aménagement d’une salle de repos',
  'formation à la gestion du stress',
] as const;
const HR_CHANNELS = [
  'affichage',
  'site internet',
  'forum des métiers',
  'interventions dans les IFSI',
  'réseaux sociaux',
] as const;
const SPECIALTIES = ['orthopédie', 'chirurgie digestive', 'urologie', 'gynécologie', 'chirurgie thoracique'] as const;
const FILIERES = ['gériatrie', 'cancérologie', 'santé mentale', 'périnatalité', 'soins non programmés', 'AVC'] as const;
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'septembre', 'octobre', 'novembre'] as const;

const count = (value: IndicatorValue): number => (typeof value.value === 'number' ? value.value : 0);
const part = (value: IndicatorValue, key: string): number | boolean | null | undefined => value.components?.[key];
const number = (n: number): string => formatNumber(n);
/** "1 protocole", "3 protocoles". */
const plural = (n: number, one: string, many: string): string => `${number(n)} ${n > 1 ? many : one}`;

/** The first `n` items of a list in a stable shuffled order, joined in French. */
function some(items: readonly string[], n: number, rng: DemoRandom): string {
  const chosen = [...items]
    .map((item) => ({ item, order: rng.next() }))
    .sort((a, b) => a.order - b.order)
    .slice(0, Math.max(1, n));
  return joinFrench(chosen.map((c) => c.item));
}

function territory({ establishment }: CommentContext): string {
  return establishment.ghtName ?? 'le territoire';
}

/** A count's comment, or what the establishment writes when there was nothing that year. */
const unlessNone =
  (none: string, write: (n: number, c: CommentContext) => string): CommentRule =>
  (c) =>
    count(c.value) === 0 ? none : write(count(c.value), c);

const COMMENTS: Readonly<Record<string, CommentRule>> = {
  CPOM_CT_1: (c) =>
    c.value.value === true
      ? `PIMM du ${territory(c)}, porté par un GCS de moyens d’imagerie`
      : `Pas encore de participation ; projet de PIMM à l’étude au sein du ${territory(c)}`,
  CPOM_CT_2: unlessNone(
    'Aucun projet formalisé ; discussions engagées avec une clinique du territoire',
    (n) => `${plural(n, 'projet', 'projets')} avec une clinique du territoire, sous forme de GCS de moyens`,
  ),
  CPOM_CT_3: (c) =>
    `Activité retenue : pharmacie ; achats de produits de santé et stérilisation organisés avec les membres du ${territory(c)}`,
  CPOM_CT_4: unlessNone('Aucun partenariat formalisé', (n, { rng }) => {
    const ehpad = Math.round(n * rng.between(0.45, 0.8));
    const partners = [
      ehpad > 0 ? `${number(ehpad)} avec des EHPAD` : '',
      n > ehpad ? `${number(n - ehpad)} avec des ESMS pour personnes handicapées` : '',
    ];
    return `${plural(n, 'partenariat', 'partenariats')} : ${joinFrench(partners.filter(Boolean))} ; objet : avis gériatriques et admissions directes`;
  }),
  CPOM_CT_5: ({ value, rng }) =>
    value.value === true
      ? `Spécialités : urgences et anesthésie ; ${rng.int(4, 12)} professionnels exerçant sur plusieurs établissements`
      : 'Aucune équipe territoriale constituée à ce jour',
  CPOM_CT_6: unlessNone(
    'Aucun protocole de coopération en place',
    (n) => `${plural(n, 'protocole', 'protocoles')} ; services : urgences, imagerie, consultations`,
  ),
  CPOM_CT_7: (c) => `Périodes : hiver et été ; réunions avec les établissements du ${territory(c)}`,
  CPOM_CT_8: unlessNone(
    'Aucune filière organisée en commun à ce jour',
    (n, { rng }) => `Filières : ${some(FILIERES, n, rng)} ; tous les membres du GHT impliqués`,
  ),
  CPOM_OS_1: ({ rng }) => `Thématique : ${rng.pick(ENVIRONMENT_THEMES)}`,
  CPOM_OS_2: ({ value, rng }) => {
    const actions = Number(part(value, 'actions') ?? 0);
    if (actions === 0) return 'Aucune action dans l’année ; réflexion en cours';
    const level = part(value, 'plan') === true ? 'actions structurées dans le plan QSE' : 'sensibilisation';
    const themes = Number(part(value, 'thematiques') ?? 0);
    const covered = themes === 0 ? '' : ` ; thématiques : ${some(ENVIRONMENT_THEMES, themes, rng)}`;
    return `${plural(actions, 'action', 'actions')}${covered} ; niveau d’engagement : ${level}`;
  },
  CPOM_OS_3: unlessNone('Aucune intervention dans l’année', (n, { rng }) =>
    Array.from({ length: n }, () => `Thème : ${rng.pick(HEALTH_THEMES)}, ${rng.int(12, 60)} participants`).join(' ; '),
  ),
  CPOM_OS_4: ({ rng }) =>
    `Promotion de la vaccination : campagne antigrippale et ${rng.pick(['vaccination COVID-19', 'rattrapage coqueluche', 'hépatite B'] as const)}`,
  CPOM_OS_5: () =>
    'Produits d’entretien écolabellisés et réduction des désinfectants chimiques dans les services de soins',
  CPOM_OS_6: unlessNone(
    'Aucun programme d’ETP à ce jour',
    (_n, { rng }) =>
      `Programmes : ETP ${some(['diabète de type 2', 'insuffisance cardiaque', 'asthme', 'obésité', 'BPCO'], rng.int(1, 2), rng)}`,
  ),
  CPOM_OS_7: ({ rng }) =>
    `Démarche retenue : ${rng.pick(['PREMs (e-Satis)', 'PROMs', 'PROMs et PREMs'] as const)} ; services : médecine et chirurgie ambulatoire`,
  CPOM_OS_8: ({ value }) =>
    value.chosenTarget === undefined
      ? 'Projets co-construits avec les représentants des usagers de la CDU'
      : `Cible choisie : ${number(value.chosenTarget)} %`,
  CPOM_OS_9: ({ value, establishment }) => {
    const remote = Object.values(value.components ?? {}).reduce<number>(
      (sum, p) => sum + (typeof p === 'number' ? p : 0),
      0,
    );
    // About one consultation in twenty is remote; the share is the establishment's own, so it holds from year to year.
    return `${number(remote * (16 + (establishment.size % 9)))} consultations dans l’année, dont ${number(remote)} à distance`;
  },
  CPOM_OS_10: unlessNone(
    'Pas de cellule de gestion des lits en place',
    () => 'Participants : direction des soins, cadres de santé des services, urgences, service social',
  ),
  CPOM_OS_11: ({ value }) =>
    `Processus dédié d’admission directe installé : ${value.milestoneReached === true ? 'oui (cellule d’ordonnancement)' : 'non'}`,
  CPOM_OS_13: ({ rng }) => `Spécialités engagées : ${some(SPECIALTIES, rng.int(1, 3), rng)}`,
  CPOM_OS_14: ({ value, rng }) => {
    const main = Math.round(count(value) * rng.between(0.55, 0.75));
    return `Activité : réadaptation ; ${number(main)} journées en mode principal, ${number(count(value) - main)} en mode associé`;
  },
  CPOM_OS_16: ({ value, rng }) => `Mesure sur le mois de ${rng.pick(MONTHS)} ${value.year}`,
  CPOM_OS_17: ({ value, rng }) => {
    const updated = ['pgthsse', 'pca', 'pse'].filter((key) => part(value, key) === true);
    const dates = updated.map(
      (key) =>
        `${key.toUpperCase()} le ${String(rng.int(1, 28)).padStart(2, '0')}/${String(rng.int(1, 12)).padStart(2, '0')}/${value.year}`,
    );
    return dates.length > 0 ? `Mis à jour : ${joinFrench(dates)}` : 'Aucun plan mis à jour dans l’année';
  },
  CPOM_OS_18: unlessNone('Aucun exercice dans l’année', (n, { rng }) =>
    Array.from(
      { length: n },
      (_, i) => `Exercice ${i + 1}${i === 0 ? ' (cyberattaque)' : ''} : ${rng.int(15, 80)} participants`,
    ).join(' ; '),
  ),
  // A review examines one or two events: the meetings follow the events analysed, the denominator.
  CPOM_OS_19: ({ value }) =>
    `${value.chosenTarget === undefined ? '' : `Cible choisie : ${number(value.chosenTarget)} % ; `}${Math.max(4, Math.round((value.denominator ?? 6) * 0.7))} RMM tenues dans l’année`,
  CPOM_OS_20: ({ value, rng }) => {
    const engaged = `déjà engagé avant le CPOM : ${rng.chance(0.5) ? 'oui' : 'non'}`;
    return count(value) === 0
      ? `Aucune action dans l’année ; ${engaged}`
      : `Canaux : ${some(HR_CHANNELS, count(value), rng)} ; ${engaged}`;
  },
  CPOM_OS_21: unlessNone(
    'Aucune action dans l’année',
    (n, { rng }) =>
      `${plural(n, 'action', 'actions')}${n > 3 ? ', dont' : ' :'} ${some(QVCT_ACTIONS, Math.min(3, n), rng)} ; ${rng.int(20, 150)} professionnels participants`,
  ),
  CPOM_OS_22: ({ establishment }) =>
    establishment.profile.category === 'chu'
      ? 'Gouvernance de la recherche : direction de la recherche et de l’innovation en place'
      : 'Gouvernance de la recherche : référent recherche nommé, structuration en cours',
};

/** The comment for a value, when the fiche asks for one; undefined otherwise. */
export function commentFor(indicator: IndicatorDefinition, context: CommentContext): string | undefined {
  if (indicator.commentMustState.length === 0) return undefined;
  const rule = COMMENTS[indicator.code];
  // A fiche the demo does not know still gets a comment naming what it requires.
  return rule === undefined
    ? `${indicator.commentMustState.join(' ; ')} : détaillé dans les pièces justificatives`
    : rule(context);
}
