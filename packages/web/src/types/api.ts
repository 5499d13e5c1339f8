import type { Authorisation, CpomTier, EstablishmentCategory, LegalStatus, OrgUnitKind } from '@jalon/domain/organisation/establishment';
import type { Role } from '@jalon/domain/access/roles';
import type { IndicatorDefinition, TargetRule } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import type { Judgement } from '@jalon/domain/indicators/target-engine';

/** Shapes of the API answers shared by several features (see the API contract). */

export type Locale = 'fr' | 'en';

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Grant {
  id: string;
  role: Role;
  orgUnitId: string;
  orgUnitName: string;
  orgUnitKind: OrgUnitKind;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  isPlatformAdmin: boolean;
  grants: Grant[];
  permissions: string[];
}

export interface Session {
  user: Me;
  csrfToken: string;
}

export interface EstablishmentAttributes {
  category: EstablishmentCategory;
  legalStatus: LegalStatus;
  department: string;
  capacities: { year: number; beds: number; places: number }[];
  authorisations: Authorisation[];
  cpomTier: CpomTier | null;
  associatedGhts: { id: string; name: string }[];
}

export interface OrgUnit {
  id: string;
  kind: OrgUnitKind;
  parentId: string | null;
  name: string;
  shortName: string | null;
  finess: string | null;
  path: { id: string; name: string; kind: OrgUnitKind }[];
  childCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  establishment: EstablishmentAttributes | null;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  grants: Grant[];
  version: number;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; displayName: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string;
}

export interface CatalogueSummary {
  slug: string;
  title: string;
  issuer: string;
  /** Version of the shipped source. */
  edition: number;
  period: { from: number; to: number };
  /** Region whose establishments the catalogue covers. */
  region: { id: string; name: string } | null;
  indicatorCount: number;
}

export type IndicatorKindType = IndicatorDefinition['kind']['type'];

export interface IndicatorSummary {
  code: string;
  aliases: string[];
  catalogue: { slug: string; title: string };
  title: string;
  objective: string;
  kind: IndicatorKindType;
  unit: string;
  direction: IndicatorDefinition['direction'];
  dataSources: string[];
  /** French reasons the indicator does not apply to every establishment; [] when it does. */
  applicability: string[];
  /** Edit version of the fiche (1 = as shipped). */
  version: number;
}

export interface TargetTableRow {
  scope: string;
  component: { key: string; label: string } | null;
  /** French rule text per year, in the order of `years`; null when the row sets nothing that year. */
  cells: (string | null)[];
}

export interface IndicatorDetail extends IndicatorSummary {
  definition: IndicatorDefinition;
  targetTable: { years: number[]; rows: TargetTableRow[] };
  updatedAt: string;
  /** Null for the shipped version. */
  updatedBy: { id: string; name: string } | null;
}

export interface IndicatorVersion {
  version: number;
  changedAt: string;
  changedBy: { id: string; name: string } | null;
  note: string | null;
}

export interface TargetItem {
  code: string;
  title: string;
  objective: string;
  unit: string;
  /** The fiche's components in its order; [] when it has none. */
  components: { key: string; label: string }[];
  /** False when the fiche's conditions rule the establishment out, or the year is outside the fiche's measurement. */
  applicable: boolean;
  /** Rules the ARS negotiated with the establishment for the year; `targets` already apply them. */
  negotiated: NegotiatedTarget[];
  judgement: Judgement;
  /** One French line, e.g. "Cible 2026 : ≥ 15 % ; réalisé 12,4 % ; non atteint". */
  explanation: string;
  targets: { component: { key: string; label: string } | null; status: 'resolved' | 'not-applicable' | 'pending'; text: string }[];
  reported: IndicatorValue | null;
  componentJudgements: { key: string; label: string; judgement: Judgement }[];
}

/** A negotiated rule as the targets page shows it: its French text and why it was agreed. */
export interface NegotiatedTarget {
  /** Null when the rule replaces the fiche's for every component. */
  component: { key: string; label: string } | null;
  text: string;
  reason: string;
}

/** A target the ARS negotiated with one establishment for one year, replacing the fiche's rule. */
export interface TargetOverride {
  code: string;
  year: number;
  component: { key: string; label: string } | null;
  rule: TargetRule;
  /** The rule in French, as the fiche's table writes it. */
  ruleText: string;
  reason: string;
  version: number;
  updatedAt: string;
  updatedBy: { id: string; name: string } | null;
}

export interface EstablishmentTargets {
  establishment: { id: string; name: string; finess: string | null; category: EstablishmentCategory; tier: CpomTier | null };
  /** Null when no catalogue covers the establishment's region; items are then empty. */
  catalogue: { slug: string; title: string; period: { from: number; to: number } } | null;
  year: number;
  summary: { met: number; partlyMet: number; notMet: number; notApplicable: number; pending: number };
  /** In catalogue order. */
  items: TargetItem[];
}

/** A value an establishment reported for one indicator and year, with its edit version. */
export interface StoredValue {
  code: string;
  year: number;
  value: IndicatorValue;
  version: number;
  updatedAt: string;
  updatedBy: { id: string; name: string } | null;
}
