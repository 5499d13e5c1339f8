import type { TFunction } from 'i18next';
import type { Comparator, TargetShape } from '@jalon/domain/indicators/indicator-definition';
import type { RuleNumberField, RuleProblem } from './fiche-edit-rules.ts';
import type { ComparedField } from '../versions/version-compare.ts';
import { directionLabel, frequencyLabel, kindLabel } from '../indicator-labels.ts';

// Exhaustive switches, written out so the parser extracts every French text.

export function shapeLabel(t: TFunction, shape: TargetShape): string {
  switch (shape) {
    case 'threshold':
      return t('Seuil');
    case 'increment':
      return t('Progression de N-1 (+ valeur)');
    case 'percent-increase':
      return t('Hausse en % de N-1');
    case 'percent-of-baseline':
      return t('% de la référence');
    case 'points':
      return t('Points');
    case 'components-count':
      return t('Nombre de composantes');
    case 'boolean':
      return t('Oui/Non');
    case 'milestone':
      return t('Jalon (libellé)');
    case 'chosen-within-floor':
      return t('Cible choisie avec plancher');
    case 'positive-progression':
      return t('Progression positive');
    case 'cumulative':
      return t('Cumul');
    case 'not-applicable':
      return t('Sans objet');
  }
}

export function numberFieldLabel(t: TFunction, field: RuleNumberField): string {
  switch (field) {
    case 'value':
      return t('Valeur');
    case 'amount':
      return t('Hausse');
    case 'percent':
      return t('Pourcentage');
    case 'baselineYear':
      return t('Année de référence');
    case 'points':
      return t('Points');
    case 'required':
      return t('Composantes requises');
    case 'of':
      return t('Sur');
    case 'floor':
      return t('Plancher');
    case 'fromYear':
      return t('Depuis');
  }
}

export function comparatorLabel(t: TFunction, comparator: Comparator): string {
  switch (comparator) {
    case '>=':
      return t('≥ au moins');
    case '>':
      return t('> plus de');
    case '<=':
      return t('≤ au plus');
    case '<':
      return t('< moins de');
    case '=':
      return t('= exactement');
  }
}

export function ruleProblemMessage(t: TFunction, problem: RuleProblem): string {
  switch (problem) {
    case 'number':
      return t('Saisissez un nombre.');
    case 'integer':
      return t('Saisissez un nombre entier.');
    case 'components':
      return t('Le nombre requis doit être compris entre 0 et le nombre de composantes.');
    case 'label':
      return t('Saisissez le libellé du jalon.');
  }
}

export function fieldLabel(t: TFunction, field: ComparedField): string {
  switch (field) {
    case 'title':
      return t('Intitulé');
    case 'objective':
      return t('Objectif stratégique');
    case 'definition':
      return t('Définition');
    case 'formula':
      return t('Formule');
    case 'unit':
      return t('Unité');
    case 'direction':
      return t('Sens');
    case 'kind':
      return t('Type de mesure');
    case 'dataSources':
      return t('Sources des données');
    case 'partners':
      return t('Partenaires');
    case 'steering':
      return t('Pilotage');
    case 'frequency':
      return t('Fréquence');
    case 'measurement':
      return t('Période de mesure');
    case 'baselineYear':
      return t('Année de référence');
    case 'applicability':
      return t('Établissements concernés');
    case 'proofElements':
      return t('Éléments de preuve');
    case 'commentMustState':
      return t('Le commentaire doit préciser');
    case 'interpretationBands':
      return t('Bandes d’interprétation');
    case 'aliases':
      return t('Autres codes');
    case 'sourceNotes':
      return t('Notes de reconstitution');
    case 'targets':
      return t('Lignes du tableau des cibles');
  }
}

function isDirection(value: unknown): value is 'higher-is-better' | 'lower-is-better' {
  return value === 'higher-is-better' || value === 'lower-is-better';
}

/** A field's value as one readable line; lists are joined, structures shown as data. */
export function showFieldValue(t: TFunction, field: ComparedField, value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (field === 'direction' && isDirection(value)) return directionLabel(t, value);
  if (
    field === 'frequency' &&
    (value === 'yearly' || value === 'half-yearly' || value === 'quarterly' || value === 'monthly')
  ) {
    return frequencyLabel(t, value);
  }
  if (field === 'kind' && typeof value === 'object' && 'type' in value) {
    return kindLabel(t, (value as { type: Parameters<typeof kindLabel>[1] }).type);
  }
  if (field === 'measurement' && typeof value === 'object' && 'from' in value && 'to' in value) {
    return `${String(value.from)}–${String(value.to)}`;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' ; ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
