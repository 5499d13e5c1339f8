import type { TFunction } from 'i18next';
import { INDICATOR_LIMITS } from '@jalon/contract/indicators/indicator-limits';
import { putOverrideBody } from '@jalon/contract/indicators/negotiated-target';
import type { IndicatorDefinition, TargetRow, TargetRule } from '@jalon/domain/indicators/indicator-definition';
import type { CpomTier, EstablishmentCategory } from '@jalon/domain/organisation/establishment';
import type { FieldError } from '../../../../lib/api-client.ts';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';
import type { Override } from '@jalon/contract/indicators/negotiated-target';
import type { TargetOverrideBody } from '../../api/put-target-override.ts';
import { ruleProblemMessage } from '../fiche-edit/fiche-edit-labels.ts';
import { ruleProblem, type RuleContext } from '../fiche-edit/fiche-edit-rules.ts';

/** The component select's value for a rule that replaces the fiche's on every component; no component key can take it. */
export const ALL_COMPONENTS = '*';

export interface NegotiationFormValues {
  component: string;
  rule: TargetRule | undefined;
  reason: string;
}

/** What the targets page knows of the establishment, enough to find its row of the fiche. */
export interface EstablishmentFacts {
  finess: string | null;
  category: EstablishmentCategory;
  tier: CpomTier | null;
}

/** One indicator's target to negotiate, for the establishment and the page's year. */
export interface NegotiationTarget {
  orgUnitId: string;
  catalogue: string;
  year: number;
  item: TargetItem;
  establishment: EstablishmentFacts & { name: string };
}

const componentOf = (value: string): string | null => (value === ALL_COMPONENTS ? null : value);

// As the engine ranks rows: named establishments first, then categories and tiers, in the fiche's order otherwise.
function specificity(row: TargetRow): number {
  const { finess, categories, tiers, legalStatuses } = row.scope;
  return (finess ? 8 : 0) + (categories ? 4 : 0) + (tiers ? 2 : 0) + (legalStatuses ? 1 : 0);
}

function fits(row: TargetRow, facts: EstablishmentFacts): boolean {
  const { finess, categories, tiers } = row.scope;
  if (finess && (facts.finess === null || !finess.includes(facts.finess))) return false;
  if (categories && !categories.includes(facts.category)) return false;
  // The page does not know the legal status: a row restricted by it is taken as fitting.
  return !tiers || (facts.tier !== null && tiers.includes(facts.tier));
}

function bestFitting(rows: { row: TargetRow; index: number }[], facts: EstablishmentFacts): number | undefined {
  return [...rows].sort((a, b) => specificity(b.row) - specificity(a.row)).find(({ row }) => fits(row, facts))?.index;
}

/**
 * Indexes of the fiche's rows that set the establishment's targets for the
 * year: the component's row, or (component null) each component's row. A
 * component without a row of its own takes the best row of the year; with no
 * row fitting the establishment at all, the first row of the year stands in.
 */
export function ficheRowIndexes(
  definition: IndicatorDefinition,
  facts: EstablishmentFacts,
  component: string | null,
  year: number,
): number[] {
  const key = String(year);
  const ofYear = definition.targets
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.years[key] !== undefined);
  const groups = component === null ? [...new Set(ofYear.map(({ row }) => row.component))] : [component];
  const found = groups.flatMap((group) => {
    const own = bestFitting(
      ofYear.filter(({ row }) => row.component === group),
      facts,
    );
    return own ?? (component === null ? [] : (bestFitting(ofYear, facts) ?? []));
  });
  if (found.length > 0) return found;
  const first = ofYear.find(({ row }) => (row.component ?? null) === component) ?? ofYear[0];
  return first ? [first.index] : [];
}

/** The fiche's rule the form starts from: the component's, or for all components the first component's. */
export function ficheRuleFor(
  definition: IndicatorDefinition,
  facts: EstablishmentFacts,
  component: string | null,
  year: number,
): TargetRule | undefined {
  const index = ficheRowIndexes(definition, facts, component, year)[0];
  return index === undefined ? undefined : definition.targets[index]?.years[String(year)];
}

export function overrideFor(
  overrides: readonly Override[],
  code: string,
  year: number,
  component: string | null,
): Override | undefined {
  return overrides.find((o) => o.code === code && o.year === year && (o.component?.key ?? null) === component);
}

/** Years a new rule starts from when its shape needs one, as the fiche editor sets them. */
export function ruleContextOf(definition: IndicatorDefinition): RuleContext {
  return {
    firstYear: definition.measurement.from,
    baselineYear: definition.baselineYear ?? definition.measurement.from - 1,
  };
}

/**
 * What the form shows for a component: the rule already negotiated and its
 * reason, else the fiche's rule with no reason yet. `base` is what a save replaces.
 */
export function startingValues(
  definition: IndicatorDefinition,
  facts: EstablishmentFacts,
  overrides: readonly Override[],
  year: number,
  component: string,
): { values: NegotiationFormValues; base: Override | undefined } {
  const base = overrideFor(overrides, definition.code, year, componentOf(component));
  const rule = base?.rule ?? ficheRuleFor(definition, facts, componentOf(component), year);
  return { values: { component, rule, reason: base?.reason ?? '' }, base };
}

/** The component the dialog opens on: the one already negotiated that year, else all of them. */
export function initialComponent(overrides: readonly Override[], code: string, year: number): string {
  return overrides.find((o) => o.code === code && o.year === year)?.component?.key ?? ALL_COMPONENTS;
}

export function negotiationBody(values: NegotiationFormValues & { rule: TargetRule }): TargetOverrideBody {
  return { component: componentOf(values.component), rule: values.rule, reason: values.reason.trim() };
}

/** Checks made before sending, with the request schema's reason; its errors land on the same fields. */
export function negotiationValidate(t: TFunction) {
  return (values: NegotiationFormValues): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (values.reason.trim() === '')
      errors.reason = t('Dites pourquoi la cible diffère de la fiche, par exemple l’avenant qui la fixe.');
    else if (!putOverrideBody.shape.reason.safeParse(values.reason).success)
      errors.reason = t('{{max}} caractères au plus.', { max: INDICATOR_LIMITS.reason });
    if (values.rule === undefined) errors.rule = t('Choisissez la règle de la cible négociée.');
    else {
      const problem = ruleProblem(values.rule);
      if (problem) errors.rule = ruleProblemMessage(t, problem);
    }
    return errors;
  };
}

/** Server errors on the form's fields (every `rule.…` path on the rule); the rest (the year) listed above the form. */
export function placeNegotiationErrors(
  errors: readonly FieldError[],
  message: (error: FieldError) => string,
): { fields: Record<string, string>; others: string[] } {
  const fields: Record<string, string> = {};
  const others: string[] = [];
  for (const error of errors) {
    const field = error.path === 'rule' || error.path.startsWith('rule.') ? 'rule' : error.path;
    if ((field === 'rule' || field === 'reason' || field === 'component') && fields[field] === undefined)
      fields[field] = message(error);
    else if (field !== 'rule' && field !== 'reason' && field !== 'component') others.push(message(error));
  }
  return { fields, others };
}
