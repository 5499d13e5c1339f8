import {
  CPOM_TIERS,
  ESTABLISHMENT_CATEGORIES,
  LEGAL_STATUSES,
  type CpomTier,
  type EstablishmentCategory,
  type EstablishmentProfile,
  type LegalStatus,
} from '../organisation/establishment.ts';
import type { IndicatorDefinition, TargetRow, TargetRule } from './indicator-definition.ts';
import type { ResolvedTarget } from './target-engine.ts';

/**
 * What the engine derives once per indicator definition: rows grouped by
 * component and ordered by specificity, the kind's scale and component types.
 * Judging a region (thousands of establishments) reuses it instead of
 * re-reading the fiche for every call.
 */

export type ValueType = 'count' | 'rate' | 'boolean' | 'other';

interface PreparedRow {
  row: TargetRow;
  specificity: number;
  finess: ReadonlySet<string> | undefined;
  tiers: ReadonlySet<CpomTier> | undefined;
  categories: ReadonlySet<EstablishmentCategory> | undefined;
  legalStatuses: ReadonlySet<LegalStatus> | undefined;
}

interface RowGroup {
  component: string | undefined;
  /** Most specific first; the fiche's order breaks ties. */
  rows: PreparedRow[];
}

export interface PreparedIndicator {
  indicator: IndicatorDefinition;
  lowerIsBetter: boolean;
  /** Scale of a rate (100 for a percentage); undefined for other kinds. */
  rateScale: number | undefined;
  /** Whether the main value reads as a percentage. */
  percent: boolean;
  componentTypes: ReadonlyMap<string, 'count' | 'boolean' | 'rate'>;
  componentLabels: ReadonlyMap<string, string>;
  groups: readonly RowGroup[];
  /** Whether any row is restricted to tiers, i.e. whether the year's capacity matters at all. */
  tierDependent: boolean;
  /** Whether any row looks at the category, or at the legal status: if not, the profile key leaves them out. */
  categoryDependent: boolean;
  statusDependent: boolean;
  /** FINESS numbers named by some row, each with its own number in the profile key (0 for any other). */
  namedFiness: ReadonlyMap<string, number>;
  /** Row selections already made, by profile key: a region has far fewer profiles than establishments. */
  selections: Map<number, RowSelection>;
}

export interface SelectedRow {
  component: string | undefined;
  row: TargetRow;
  /** The row's rule for the selection's year. */
  rule: TargetRule;
  /**
   * The resolved target when the rule reads no reported value (a threshold, yes/no, a
   * milestone…): the same for every establishment sharing the selection, so resolved once.
   */
  fixed?: Readonly<ResolvedTarget>;
}

export type RowSelection = { status: 'selected'; rows: SelectedRow[] } | { status: 'tier-unknown' };

// Definitions are immutable reference data, so caching by identity is safe.
const cache = new WeakMap<IndicatorDefinition, PreparedIndicator>();

export function prepareIndicator(indicator: IndicatorDefinition): PreparedIndicator {
  const cached = cache.get(indicator);
  if (cached) return cached;
  const kind = indicator.kind;
  const components = kind.type === 'components' ? kind.components : [];
  const prepared: PreparedIndicator = {
    indicator,
    lowerIsBetter: indicator.direction === 'lower-is-better',
    rateScale: kind.type === 'rate' ? kind.scale : undefined,
    percent: (kind.type === 'rate' && kind.scale === 100) || indicator.unit.trim() === '%',
    componentTypes: new Map(components.map((c) => [c.key, c.valueType])),
    componentLabels: new Map(components.map((c) => [c.key, c.label])),
    groups: groupRows(indicator.targets),
    tierDependent: indicator.targets.some((row) => row.scope.tiers !== undefined),
    categoryDependent: indicator.targets.some((row) => row.scope.categories !== undefined),
    statusDependent: indicator.targets.some((row) => row.scope.legalStatuses !== undefined),
    namedFiness: namedFinessOf(indicator.targets),
    selections: new Map(),
  };
  cache.set(indicator, prepared);
  return prepared;
}

/**
 * Named establishments beat everything else; then categories and tiers
 * together beat categories alone, which beat tiers, which beat nothing.
 */
function specificityOf(row: TargetRow): number {
  const { finess, categories, tiers, legalStatuses } = row.scope;
  return (finess ? 8 : 0) + (categories ? 4 : 0) + (tiers ? 2 : 0) + (legalStatuses ? 1 : 0);
}

function namedFinessOf(rows: readonly TargetRow[]): Map<string, number> {
  const named = new Map<string, number>();
  for (const row of rows)
    for (const finess of row.scope.finess ?? []) if (!named.has(finess)) named.set(finess, named.size + 1);
  return named;
}

function groupRows(rows: readonly TargetRow[]): RowGroup[] {
  const groups: RowGroup[] = [];
  rows.forEach((row) => {
    let group = groups.find((g) => g.component === row.component);
    if (!group) {
      group = { component: row.component, rows: [] };
      groups.push(group);
    }
    group.rows.push({
      row,
      specificity: specificityOf(row),
      finess: row.scope.finess ? new Set(row.scope.finess) : undefined,
      tiers: row.scope.tiers ? new Set(row.scope.tiers) : undefined,
      categories: row.scope.categories ? new Set(row.scope.categories) : undefined,
      legalStatuses: row.scope.legalStatuses ? new Set(row.scope.legalStatuses) : undefined,
    });
  });
  // Array.prototype.sort is stable, so equal specificity keeps the fiche's order.
  for (const group of groups) group.rows.sort((a, b) => b.specificity - a.specificity);
  return groups;
}

/**
 * The row that applies to the establishment for each component, among rows
 * that give a rule for the year. A row restricted to tiers cannot be ruled in
 * or out without the year's capacity; only when such a row could win is the
 * selection undecided.
 */
export function selectRows(
  prepared: PreparedIndicator,
  establishment: EstablishmentProfile,
  tier: CpomTier | undefined,
  year: number,
): RowSelection {
  const key = profileKey(prepared, establishment, tier, year);
  let selection = prepared.selections.get(key);
  if (selection === undefined) {
    selection = computeSelection(prepared, establishment, tier, year);
    prepared.selections.set(key, selection);
  }
  return selection;
}

const CATEGORY_INDEX = new Map(ESTABLISHMENT_CATEGORIES.map((c, i) => [c, i]));
const STATUS_INDEX = new Map(LEGAL_STATUSES.map((s, i) => [s, i]));
const TIER_INDEX = new Map(CPOM_TIERS.map((t, i) => [t, i + 1]));

/**
 * Everything a row's scope looks at, packed in one number (year < 10,000):
 * only the FINESS numbers the fiche names set establishments apart.
 */
function profileKey(
  prepared: PreparedIndicator,
  establishment: EstablishmentProfile,
  tier: CpomTier | undefined,
  year: number,
): number {
  const category = prepared.categoryDependent ? (CATEGORY_INDEX.get(establishment.category) ?? 99) : 0;
  const status = prepared.statusDependent ? (STATUS_INDEX.get(establishment.legalStatus) ?? 9) : 0;
  const tierIndex = tier === undefined ? 0 : (TIER_INDEX.get(tier) ?? 0);
  const key = ((category * 10 + status) * 10 + tierIndex) * 10_000 + year;
  const named = prepared.namedFiness;
  if (named.size === 0) return key;
  return key * (named.size + 1) + (named.get(establishment.finess) ?? 0);
}

function computeSelection(
  prepared: PreparedIndicator,
  establishment: EstablishmentProfile,
  tier: CpomTier | undefined,
  year: number,
): RowSelection {
  const key = String(year);
  const rows: SelectedRow[] = [];
  for (const group of prepared.groups) {
    for (const candidate of group.rows) {
      const rule = candidate.row.years[key];
      if (rule === undefined) continue;
      if (candidate.finess && !candidate.finess.has(establishment.finess)) continue;
      if (candidate.categories && !candidate.categories.has(establishment.category)) continue;
      if (candidate.legalStatuses && !candidate.legalStatuses.has(establishment.legalStatus)) continue;
      if (candidate.tiers) {
        if (tier === undefined) return { status: 'tier-unknown' };
        if (!candidate.tiers.has(tier)) continue;
      }
      rows.push({ component: group.component, row: candidate.row, rule });
      break;
    }
  }
  return { status: 'selected', rows };
}

/** Component keys the fiche targets in a year, whatever the scope: where an override applies. */
export function componentsTargetedIn(prepared: PreparedIndicator, year: number): (string | undefined)[] {
  const key = String(year);
  const keys = prepared.groups
    .filter((g) => g.rows.some((r) => r.row.years[key] !== undefined))
    .map((g) => g.component);
  return keys.length > 0 ? keys : [undefined];
}

/** Whether a quantity of this component (or of the main value) reads as a percentage. */
export function readsAsPercent(prepared: PreparedIndicator, component: string | undefined): boolean {
  return component === undefined ? prepared.percent : valueTypeOf(prepared, component) === 'rate';
}

/** How a target on this component (or the main value) is measured. */
export function valueTypeOf(prepared: PreparedIndicator, component: string | undefined): ValueType {
  if (component !== undefined) return prepared.componentTypes.get(component) ?? 'count';
  const type = prepared.indicator.kind.type;
  if (type === 'count' || type === 'components') return 'count';
  if (type === 'rate' || type === 'boolean') return type;
  return 'other';
}
