import type { Authorisation, CpomTier, EstablishmentCategory, LegalStatus, OrgUnitKind } from '@jalon/domain/organisation/establishment';
import type { Role } from '@jalon/domain/access/roles';

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
