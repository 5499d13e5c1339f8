import { cpomTierForYear } from '../organisation/cpom-tier.ts';
import type { CpomTier, EstablishmentProfile } from '../organisation/establishment.ts';
import type { ApplicabilityCondition, IndicatorDefinition } from './indicator-definition.ts';
import {
  AUTHORISATION_LABELS,
  CATEGORY_LABELS,
  LEGAL_STATUS_LABELS,
  TIER_LABELS,
  joinFrench,
} from './french-format.ts';

/**
 * Whether an indicator concerns an establishment at all (GHT members only,
 * HAD only, not for clinics…). Every condition is checked so that the reasons
 * list all that fail, not just the first.
 */

export type ApplicabilityStatus = 'applicable' | 'not-applicable' | 'undetermined';

export interface ApplicabilityEvaluation {
  /** 'undetermined' when a tier condition meets a year without known capacity. */
  status: ApplicabilityStatus;
  /** French, one per failing condition (or the missing capacity). */
  reasons: string[];
}

export interface IndicatorApplicability {
  indicator: IndicatorDefinition;
  applicable: boolean;
  reasons: string[];
  /** Set when applicability waits for the year's capacity; `applicable` is then false. */
  undetermined?: true;
}

/** Year whose capacity decides the tier: the one asked for, else the latest known. */
function tierFor(
  establishment: EstablishmentProfile,
  year: number | undefined,
): { tier: CpomTier | undefined; year: number | undefined } {
  if (year !== undefined) return { tier: cpomTierForYear(establishment.capacities, year), year };
  let latest: number | undefined;
  for (const capacity of establishment.capacities) {
    if (latest === undefined || capacity.year > latest) latest = capacity.year;
  }
  return { tier: latest === undefined ? undefined : cpomTierForYear(establishment.capacities, latest), year: latest };
}

function failure(establishment: EstablishmentProfile, condition: ApplicabilityCondition): string | undefined {
  switch (condition.type) {
    case 'ght-member':
      return establishment.ghtMember ? undefined : 'Réservé aux membres d’un GHT';
    case 'categories':
      return condition.include.includes(establishment.category)
        ? undefined
        : `Réservé aux établissements de catégorie ${joinFrench(condition.include.map((c) => CATEGORY_LABELS[c]))}`;
    case 'exclude-categories':
      return condition.exclude.includes(establishment.category)
        ? `Catégorie ${CATEGORY_LABELS[establishment.category]} exclue par la fiche`
        : undefined;
    case 'legal-statuses':
      return condition.include.includes(establishment.legalStatus)
        ? undefined
        : `Réservé aux établissements de statut ${joinFrench(condition.include.map((s) => LEGAL_STATUS_LABELS[s]))}`;
    case 'authorisation':
      return establishment.authorisations.includes(condition.authorisation)
        ? undefined
        : `Réservé aux établissements autorisés en ${AUTHORISATION_LABELS[condition.authorisation]}`;
    case 'finess':
      return condition.include.includes(establishment.finess)
        ? undefined
        : 'Réservé aux établissements désignés par la fiche';
    case 'tiers':
      return undefined;
  }
}

export function evaluateApplicability(
  establishment: EstablishmentProfile,
  indicator: IndicatorDefinition,
  year?: number,
): ApplicabilityEvaluation {
  // Most fiches have no condition; judging a region calls this hundreds of thousands of times.
  if (indicator.applicability.length === 0) return { status: 'applicable', reasons: [] };
  const reasons: string[] = [];
  let undetermined = false;
  for (const condition of indicator.applicability) {
    if (condition.type === 'tiers') {
      const { tier, year: tierYear } = tierFor(establishment, year);
      if (tier === undefined) {
        undetermined = true;
        reasons.push(tierYear === undefined ? 'capacité inconnue' : `capacité ${tierYear} inconnue`);
      } else if (!condition.include.includes(tier)) {
        reasons.push(`Réservé aux établissements de ${joinFrench(condition.include.map((t) => TIER_LABELS[t]))}`);
      }
      continue;
    }
    const reason = failure(establishment, condition);
    if (reason !== undefined) reasons.push(reason);
  }
  // A definite failure outweighs an unknown capacity: more data would not make it apply.
  const definiteFailures = reasons.filter((r) => !r.startsWith('capacité'));
  if (definiteFailures.length > 0) return { status: 'not-applicable', reasons: definiteFailures };
  return { status: undetermined ? 'undetermined' : 'applicable', reasons };
}

/** Which indicators of a catalogue concern the establishment, with the French reasons when not. */
export function applicableIndicators(
  establishment: EstablishmentProfile,
  indicators: readonly IndicatorDefinition[],
  year?: number,
): IndicatorApplicability[] {
  return indicators.map((indicator) => {
    const { status, reasons } = evaluateApplicability(establishment, indicator, year);
    const result: IndicatorApplicability = { indicator, applicable: status === 'applicable', reasons };
    if (status === 'undetermined') result.undetermined = true;
    return result;
  });
}
