import { indicatorDefinitionSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { Me } from '@jalon/contract/account/me';
import type { SessionResponse as Session } from '@jalon/contract/auth/login';
import type { StoredValue, TargetItem } from '@jalon/contract/indicators/establishment-targets';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import type { OrgUnitView as OrgUnit } from '@jalon/contract/org-units/org-unit';
import type { GrantView as Grant } from '@jalon/contract/users/grant';

/**
 * Answers of the API as the components receive them, with every field filled
 * by a plausible value; a test overrides only what it is about.
 */

let sequence = 0;
function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

export function buildGrant(overrides: Partial<Grant> = {}): Grant {
  return {
    id: nextId('grant'),
    role: 'establishment-director',
    orgUnitId: 'org-chu-toulouse',
    orgUnitName: 'CHU de Toulouse',
    orgUnitKind: 'establishment',
    ...overrides,
  };
}

export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    id: nextId('user'),
    email: 'claire.martin@chu-toulouse.fr',
    displayName: 'Claire Martin',
    locale: 'fr',
    isPlatformAdmin: false,
    grants: [],
    permissions: [],
    ...overrides,
  };
}

export function buildSession(overrides: { user?: Partial<Me>; csrfToken?: string } = {}): Session {
  return { user: buildMe(overrides.user), csrfToken: overrides.csrfToken ?? 'csrf-test-token' };
}

export function buildOrgUnit(overrides: Partial<OrgUnit> = {}): OrgUnit {
  return {
    id: nextId('org'),
    kind: 'ght',
    parentId: 'org-occitanie',
    name: 'GHT Haute-Garonne et Tarn-Ouest',
    shortName: 'GHT 31',
    finess: null,
    path: [{ id: 'org-occitanie', name: 'Occitanie', kind: 'region' }],
    childCount: 0,
    version: 1,
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    establishment: null,
    ...overrides,
  };
}

/** A fiche read through the domain schema, so its defaults are those the server applies. */
export function buildIndicatorDefinition(overrides: Record<string, unknown> = {}): IndicatorDefinition {
  return indicatorDefinitionSchema.parse({
    code: 'CPOM_OS_4',
    title: 'Nombre de séjours en chirurgie ambulatoire',
    objective: 'Développer la chirurgie ambulatoire',
    definition: 'Séjours de chirurgie sans nuitée.',
    kind: { type: 'count' },
    unit: 'séjours',
    direction: 'higher-is-better',
    dataSources: ['PMSI'],
    measurement: { from: 2025, to: 2029 },
    commentMustState: [],
    targets: [{ scope: { label: 'Tous' }, years: { '2026': { shape: 'threshold', comparator: '>=', value: 2 } } }],
    ...overrides,
  });
}

export function buildIndicatorDetail(overrides: Partial<IndicatorDetail> = {}): IndicatorDetail {
  const definition = overrides.definition ?? buildIndicatorDefinition();
  return {
    code: definition.code,
    aliases: [],
    catalogue: { slug: 'cpom-2025', title: 'CPOM 2025-2029' },
    title: definition.title,
    objective: definition.objective,
    kind: definition.kind.type,
    unit: definition.unit,
    direction: definition.direction,
    dataSources: definition.dataSources,
    applicability: [],
    version: 1,
    definition,
    targetTable: { years: [], rows: [] },
    updatedAt: '2026-01-05T09:00:00.000Z',
    updatedBy: null,
    ...overrides,
  };
}

export function buildTargetItem(overrides: Partial<TargetItem> = {}): TargetItem {
  return {
    code: 'CPOM_OS_4',
    title: 'Nombre de séjours en chirurgie ambulatoire',
    objective: 'Développer la chirurgie ambulatoire',
    unit: 'séjours',
    components: [],
    applicable: true,
    negotiated: [],
    judgement: 'pending',
    explanation: 'Cible 2026 : ≥ 2 séjours ; en attente',
    targets: [{ component: null, status: 'resolved', text: '≥ 2 séjours' }],
    reported: null,
    componentJudgements: [],
    ...overrides,
  };
}

export function buildStoredValue(overrides: Partial<StoredValue> = {}): StoredValue {
  return {
    code: 'CPOM_OS_4',
    year: 2026,
    value: { year: 2026, value: 1 },
    version: 1,
    updatedAt: '2026-02-01T10:00:00.000Z',
    updatedBy: { id: 'user-other', name: 'Paul Durand' },
    ...overrides,
  };
}
