import type { IndicatorDefinition, TargetRule } from './indicator-definition.ts';
import { formatBoolean, formatComparison, formatNumber, formatQuantity, NBSP } from './french-format.ts';
import { prepareIndicator, readsAsPercent } from './prepared-indicator.ts';

/**
 * A fiche's target table as a person reads it in the CPOM annex: one row per
 * scope (and component), one column per year, each cell the rule in French
 * words before any establishment's value is known ("+5 % / N-1", "≥ 15 %").
 */

export interface TargetTableRow {
  scope: string;
  component: { key: string; label: string } | null;
  /** Same order as the table's years; null when the row sets nothing that year. */
  cells: (string | null)[];
}

export interface TargetTable {
  years: number[];
  rows: TargetTableRow[];
}

function signed(value: number, percent: boolean): string {
  return `${value < 0 ? '−' : '+'}${formatQuantity(Math.abs(value), percent)}`;
}

function baseWord(base: 'previous-value' | 'previous-target'): string {
  return base === 'previous-value' ? 'réalisé N-1' : 'cible N-1';
}

/** The rule of one cell in French, with `percent` saying whether the measured quantity is a percentage. */
export function describeRule(rule: TargetRule, percent: boolean): string {
  switch (rule.shape) {
    case 'threshold':
      return formatComparison(rule.comparator, formatQuantity(rule.value, percent));
    case 'increment':
      return `${signed(rule.amount, percent)} / ${baseWord(rule.base)}`;
    case 'percent-increase':
      return `${signed(rule.percent, true)} / ${baseWord(rule.base)}`;
    case 'percent-of-baseline':
      return `${signed(rule.percent, true)} / référence ${rule.baselineYear}`;
    case 'points':
      return `${signed(rule.points, false)}${NBSP}point${Math.abs(rule.points) >= 2 ? 's' : ''} / ${baseWord(rule.base)}`;
    case 'components-count':
      return formatComparison('>=', `${rule.required}/${rule.of}`);
    case 'boolean':
      return formatBoolean(rule.expected);
    case 'milestone':
      return rule.label;
    case 'chosen-within-floor':
      return `Cible choisie ${formatComparison(rule.comparator, formatQuantity(rule.floor, percent))}`;
    case 'positive-progression':
      return rule.orStable ? 'Progression ou stabilisation' : 'Progression positive';
    case 'cumulative':
      return `${formatComparison(rule.comparator, formatNumber(rule.value))} en cumul depuis ${rule.fromYear}`;
    case 'not-applicable':
      return rule.reason ? `Sans objet (${rule.reason})` : 'Sans objet';
  }
}

export function targetTable(indicator: IndicatorDefinition): TargetTable {
  const years: number[] = [];
  for (let year = indicator.measurement.from; year <= indicator.measurement.to; year++) years.push(year);
  // Read as the engine reads it, so the table and the explanations agree.
  const prepared = prepareIndicator(indicator);
  const rows = indicator.targets.map((row): TargetTableRow => {
    const percent = readsAsPercent(prepared, row.component);
    return {
      scope: row.scope.label,
      component:
        row.component === undefined
          ? null
          : { key: row.component, label: prepared.componentLabels.get(row.component) ?? row.component },
      cells: years.map((year) => {
        const rule = row.years[String(year)];
        return rule === undefined ? null : describeRule(rule, percent);
      }),
    };
  });
  return { years, rows };
}
