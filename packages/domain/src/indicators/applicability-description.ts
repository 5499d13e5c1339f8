import type { ApplicabilityCondition, IndicatorDefinition } from './indicator-definition.ts';
import {
  AUTHORISATION_LABELS,
  CATEGORY_LABELS,
  LEGAL_STATUS_LABELS,
  TIER_LABELS,
  joinFrench,
} from './french-format.ts';

/** Who a fiche concerns, in French, before any establishment is known: one line per condition. */
export function describeApplicability(indicator: IndicatorDefinition): string[] {
  return indicator.applicability.map(describeCondition);
}

function describeCondition(condition: ApplicabilityCondition): string {
  switch (condition.type) {
    case 'ght-member':
      return 'Membres d’un GHT';
    case 'categories':
      return `Catégories : ${joinFrench(condition.include.map((c) => CATEGORY_LABELS[c]))}`;
    case 'exclude-categories':
      return `Sauf ${joinFrench(condition.exclude.map((c) => CATEGORY_LABELS[c]))}`;
    case 'legal-statuses':
      return `Statut ${joinFrench(condition.include.map((s) => LEGAL_STATUS_LABELS[s]))}`;
    case 'authorisation':
      return `Autorisés en ${AUTHORISATION_LABELS[condition.authorisation]}`;
    case 'tiers':
      return `Établissements de ${joinFrench(condition.include.map((t) => TIER_LABELS[t]))}`;
    case 'finess':
      return condition.include.length === 1
        ? `Établissement désigné par la fiche (FINESS ${condition.include[0] ?? ''})`
        : `Établissements désignés par la fiche (${condition.include.length})`;
  }
}
