import { cpomTierForYear } from '../organisation/cpom-tier.ts';
import type { EstablishmentProfile } from '../organisation/establishment.ts';
import { evaluateApplicability, type ApplicabilityEvaluation } from './applicability.ts';
import type { Comparator, IndicatorDefinition, TargetRule } from './indicator-definition.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { explainJudgement } from './judgement-explanation.ts';
import {
  componentsTargetedIn,
  prepareIndicator,
  selectRows,
  type PreparedIndicator,
  type RowSelection,
  type SelectedRow,
} from './prepared-indicator.ts';
import { resolveRule, type ResolutionContext } from './rule-resolution.ts';
import { combineJudgements, judgeTarget } from './target-judgement.ts';
import { valueLookup, type ValueLookup } from './value-reading.ts';
import { assertYearInPeriod } from './year-period.ts';

/**
 * The CPOM target engine: for an establishment, an indicator and a year,
 * which target applies, what value it expects, and whether the reported
 * value meets it. Pure and synchronous; the indicator fiche is read once and
 * cached, so judging a whole region stays cheap.
 */

export type Judgement = 'met' | 'partly-met' | 'not-met' | 'not-applicable' | 'pending';

export interface TargetInput {
  establishment: EstablishmentProfile;
  indicator: IndicatorDefinition;
  year: number;
  /** The establishment's own values for this indicator, any years. */
  history: readonly IndicatorValue[];
  /** A negotiated rule replacing the fiche's for that year, on every component it targets. */
  override?: TargetRule | undefined;
  /**
   * The establishment's negotiated rules, any years: those of the year replace
   * the fiche's (a component's own rule winning over one for all components,
   * and over `override`), earlier ones are what previous-target chains grow from.
   */
  negotiated?: readonly NegotiatedRule[] | undefined;
}

/** A rule the ARS negotiated with the establishment for a year, for one component or (none named) all. */
export interface NegotiatedRule {
  year: number;
  component?: string | undefined;
  rule: TargetRule;
}

export interface ResolvedTarget {
  /** Component key when the row targets one. */
  component?: string;
  status: 'resolved' | 'not-applicable' | 'pending';
  rule?: TargetRule;
  /** For numeric targets. */
  comparator?: Comparator;
  /** Expected value, rounded per rule. */
  value?: number | boolean;
  /** Milestone text / qualitative target. */
  label?: string;
  /** French: what is missing ("valeur 2024"). */
  missing?: string[];
  /** French, e.g. "≥ 15 %", "≥ 762", "Oui", "État des lieux réalisé". */
  text: string;
}

export interface JudgementResult {
  judgement: Judgement;
  targets: ResolvedTarget[];
  /** One French line, e.g. "Cible 2026 : ≥ 15 % ; réalisé 12,4 % ; non atteint". */
  explanation: string;
  components?: Record<string, Judgement>;
}

/** Throws YEAR_OUT_OF_PERIOD: a year the fiche does not measure has no target to resolve. */
function assertMeasured(indicator: IndicatorDefinition, year: number): void {
  assertYearInPeriod(year, indicator.measurement, `la période de mesure de ${indicator.code}`, {
    indicator: indicator.code,
  });
}

const capacityPending = (year: number): ResolvedTarget => ({
  status: 'pending',
  missing: [`capacité ${year}`],
  text: `En attente (capacité ${year} inconnue)`,
});

function resolveApplicable(
  prepared: PreparedIndicator,
  input: TargetInput,
  applicability: ApplicabilityEvaluation,
  context: ResolutionContext,
): ResolvedTarget[] {
  const { establishment, year } = input;
  if (applicability.status === 'not-applicable') {
    return [{ status: 'not-applicable', text: `Sans objet : ${applicability.reasons.join(' ; ')}` }];
  }
  if (applicability.status === 'undetermined') return [capacityPending(year)];
  const tier = prepared.tierDependent ? cpomTierForYear(establishment.capacities, year) : undefined;
  const selection = selectRows(prepared, establishment, tier, year);
  if (input.override !== undefined || input.negotiated?.some((n) => n.year === year)) {
    return resolveNegotiated(prepared, input, selection, context);
  }
  if (selection.status === 'tier-unknown') return [capacityPending(year)];
  if (selection.rows.length === 0) return [{ status: 'not-applicable', text: 'Sans objet' }];
  return selection.rows.map((selected) => selected.fixed ?? resolveSelected(context, selected, year));
}

/**
 * Targets where a negotiated rule replaces the fiche's, component by component;
 * a component without one keeps the fiche's rule. The fiche's row still gives
 * the earlier years a previous-target chain needs.
 */
function resolveNegotiated(
  prepared: PreparedIndicator,
  input: TargetInput,
  selection: RowSelection,
  context: ResolutionContext,
): ResolvedTarget[] {
  const { year } = input;
  const rows = selection.status === 'selected' ? selection.rows : [];
  const targets: ResolvedTarget[] = [];
  for (const component of componentsTargetedIn(prepared, year)) {
    const selected = rows.find((r) => r.component === component);
    const named =
      component !== undefined && input.negotiated?.some((n) => n.year === year && n.component === component);
    // A row group that does not concern the establishment (the clinics' row for a CH) stays out,
    // unless a rule was negotiated for that very component; with no row at all, a rule for all applies to all.
    if (selected === undefined && !named && selection.status === 'selected' && rows.length > 0) continue;
    const negotiated = negotiatedFor(input.negotiated, year, component) ?? input.override;
    if (negotiated !== undefined) targets.push(resolveRule(context, selected?.row, negotiated, year, component));
    else if (selection.status === 'tier-unknown')
      targets.push(component === undefined ? capacityPending(year) : { ...capacityPending(year), component });
    else if (selected !== undefined) targets.push(selected.fixed ?? resolveSelected(context, selected, year));
  }
  return targets.length > 0 ? targets : [{ status: 'not-applicable', text: 'Sans objet' }];
}

/** The year's rule for the component, else the year's rule for all components. */
function negotiatedFor(
  negotiated: readonly NegotiatedRule[] | undefined,
  year: number,
  component: string | undefined,
): TargetRule | undefined {
  if (negotiated === undefined) return undefined;
  let forAll: TargetRule | undefined;
  for (const n of negotiated) {
    if (n.year !== year) continue;
    if (n.component === undefined) forAll = n.rule;
    else if (n.component === component) return n.rule;
  }
  return forAll;
}

function contextOf(prepared: PreparedIndicator, input: TargetInput, valueOf: ValueLookup): ResolutionContext {
  const { negotiated } = input;
  if (negotiated === undefined || negotiated.length === 0) return { prepared, valueOf };
  return { prepared, valueOf, negotiatedRule: (year, component) => negotiatedFor(negotiated, year, component) };
}

/** Rules that read no reported value: their target is the same for everyone who shares the row. */
const FIXED_SHAPES: ReadonlySet<TargetRule['shape']> = new Set([
  'threshold',
  'components-count',
  'cumulative',
  'boolean',
  'milestone',
  'not-applicable',
]);

function resolveSelected(context: ResolutionContext, selected: SelectedRow, year: number): ResolvedTarget {
  const target = resolveRule(context, selected.row, selected.rule, year, selected.component);
  // Shared between judgements from now on, so frozen: a caller altering one result cannot alter another.
  if (FIXED_SHAPES.has(selected.rule.shape)) selected.fixed = Object.freeze(target);
  return target;
}

const APPLICABLE: ApplicabilityEvaluation = { status: 'applicable', reasons: [] };

/** Most fiches set no condition: skip the evaluation, and its allocation, on every judgement. */
function applicabilityOf(
  establishment: EstablishmentProfile,
  indicator: IndicatorDefinition,
  year: number,
): ApplicabilityEvaluation {
  return indicator.applicability.length === 0 ? APPLICABLE : evaluateApplicability(establishment, indicator, year);
}

/** The targets that apply: one per targeted component, or one. Uses only `history` for earlier values. */
export function resolveTargets(input: TargetInput): ResolvedTarget[] {
  assertMeasured(input.indicator, input.year);
  const prepared = prepareIndicator(input.indicator);
  const applicability = applicabilityOf(input.establishment, input.indicator, input.year);
  const context = contextOf(prepared, input, valueLookup(input.history, input.year));
  return resolveApplicable(prepared, input, applicability, context);
}

/**
 * Resolves the targets and judges the value reported for the year (`reported`,
 * else the history's value of that year). Never 'met' or 'not-met' when the
 * indicator does not apply; 'pending' says in its explanation what is missing.
 */
export function judge(input: TargetInput & { reported?: IndicatorValue | undefined }): JudgementResult {
  const { indicator, year } = input;
  assertMeasured(indicator, year);
  const prepared = prepareIndicator(indicator);
  const applicability = applicabilityOf(input.establishment, indicator, year);
  const context = contextOf(prepared, input, valueLookup(input.history, year, input.reported));
  const targets = resolveApplicable(prepared, input, applicability, context);
  if (applicability.status === 'not-applicable') {
    // The single target already says it, reasons included.
    return { judgement: 'not-applicable', targets, explanation: targets[0]?.text ?? 'Sans objet' };
  }
  const verdicts = targets.map((target) => judgeTarget(context, target, year));
  const judgement = combineJudgements(verdicts);
  const result: JudgementResult = {
    judgement,
    targets,
    explanation: explainJudgement(prepared, year, verdicts, judgement),
  };
  for (const verdict of verdicts) {
    if (verdict.target.component === undefined) continue;
    result.components ??= {};
    result.components[verdict.target.component] = verdict.judgement;
  }
  return result;
}
