import type { TFunction } from 'i18next';
import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { Judgement } from '@jalon/domain/indicators/target-engine';
import type { IndicatorKind } from '@jalon/contract/indicators/fiche';

// Exhaustive switches: a new kind or judgement in the domain breaks the build
// here until someone names it for users.

export function kindLabel(t: TFunction, kind: IndicatorKind): string {
  switch (kind) {
    case 'count':
      return t('Nombre');
    case 'rate':
      return t('Taux');
    case 'boolean':
      return t('Oui/Non');
    case 'date':
      return t('Date');
    case 'milestone':
      return t('Jalon');
    case 'components':
      return t('Composantes');
  }
}

export function directionLabel(t: TFunction, direction: IndicatorDefinition['direction']): string {
  switch (direction) {
    case 'higher-is-better':
      return t('Plus élevé = mieux');
    case 'lower-is-better':
      return t('Plus bas = mieux');
  }
}

export function frequencyLabel(t: TFunction, frequency: IndicatorDefinition['frequency']): string {
  switch (frequency) {
    case 'yearly':
      return t('Annuelle');
    case 'half-yearly':
      return t('Semestrielle');
    case 'quarterly':
      return t('Trimestrielle');
    case 'monthly':
      return t('Mensuelle');
  }
}

export function judgementLabel(t: TFunction, judgement: Judgement): string {
  switch (judgement) {
    case 'met':
      return t('Atteint');
    case 'partly-met':
      return t('Partiellement atteint');
    case 'not-met':
      return t('Non atteint');
    case 'not-applicable':
      return t('Sans objet');
    case 'pending':
      return t('En attente');
  }
}

export function applicabilityText(t: TFunction, reasons: readonly string[]): string {
  return reasons.length === 0 ? t('Tous les établissements') : reasons.join(' ; ');
}
