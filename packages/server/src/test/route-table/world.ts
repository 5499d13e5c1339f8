import type { LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { cpomOccitanie20252029 } from '@jalon/catalog/cpom-occitanie-2025-2029/catalogue';
import { ROLES, type Role } from '@jalon/domain/access/roles';
import { installCatalogues } from '../../catalogues/install-catalogues.ts';
import { systemContext } from '../../access/actor.ts';
import { indicatorCatalogue } from '../../db/schema/indicator.table.ts';
import { createApiToken } from '../../features/account/create-api-token.ts';
import { openSession } from '../../security/sessions.ts';
import { createAccountFixture, createOrgUnitFixture } from '../factories.ts';
import { sessionOf, type TestApp } from '../test-app.ts';

/**
 * Two regions built alike: everything named A is where the actors hold
 * their roles, everything named B is "another scope".
 */
export const UNIT_KEYS = ['regionA', 'ghtA', 'estA', 'poleA', 'regionB', 'ghtB', 'estB', 'poleB'] as const;
export type UnitKey = (typeof UNIT_KEYS)[number];

const PARENT: Readonly<Record<UnitKey, UnitKey | null>> = {
  regionA: null,
  ghtA: 'regionA',
  estA: 'ghtA',
  poleA: 'estA',
  regionB: null,
  ghtB: 'regionB',
  estB: 'ghtB',
  poleB: 'estB',
};

/** `unit` lies in the subtree of `root` (itself included). */
export function within(unit: UnitKey, root: UnitKey): boolean {
  for (let at: UnitKey | null = unit; at !== null; at = PARENT[at]) if (at === root) return true;
  return false;
}

/** Each role is granted in region A at the level where it makes sense. */
export const GRANT_LEVEL: Readonly<Record<Role, UnitKey>> = {
  'platform-admin': 'regionA',
  'ars-officer': 'regionA',
  'ars-reviewer': 'regionA',
  'ght-coordinator': 'ghtA',
  'establishment-director': 'estA',
  'quality-manager': 'estA',
  'cme-chair': 'estA',
  'pole-manager': 'poleA',
  'action-pilot': 'estA',
  contributor: 'estA',
  'instance-member': 'estA',
  'user-representative': 'estA',
  reader: 'estA',
};

/** Roles that also act through an API token in the table. */
export const TOKEN_ROLES: readonly Role[] = ['establishment-director', 'ars-officer'];

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export interface HttpRequest {
  method: Method;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Someone calling the API: a role through a session or a token, or nobody signed in. */
export interface CaseActor {
  name: string;
  role: Role | null;
  via: 'session' | 'token' | 'anonymous';
  grantUnit: UnitKey | null;
  userId: string | null;
  email: string | null;
  send(request: HttpRequest): Promise<LightMyRequestResponse>;
}

export interface World {
  t: TestApp;
  units: Readonly<Record<UnitKey, string>>;
  catalogue: { A: string; B: string };
  actors: readonly CaseActor[];
  admin: CaseActor;
  /** A user of region B whose token and session nobody else may touch. */
  stranger: { id: string; tokenId: string; sessionId: string };
  /** Another account with the actor's role, grant and kind of credentials: for requests that end the caller's other sessions. */
  twin(actor: CaseActor): Promise<CaseActor>;
  /** A second session of the actor's own account (the actor itself when it holds no session). */
  freshSession(actor: CaseActor): Promise<CaseActor>;
}

const context = systemContext('test fixtures', 'route-table');
export const CATALOGUE_A = cpomOccitanie20252029.slug;
export const CATALOGUE_B = 'cpom-region-b-2025-2029';

async function buildTree(t: TestApp): Promise<Record<UnitKey, string>> {
  const units = {} as Record<UnitKey, string>;
  for (const side of ['A', 'B'] as const) {
    const region = await createOrgUnitFixture(t.db, { kind: 'region', name: `Région ${side}` });
    const ght = await createOrgUnitFixture(t.db, { kind: 'ght', parentId: region.id, name: `GHT ${side}` });
    const capacities = [2024, 2025, 2026, 2027, 2028, 2029].map((year) => ({ year, beds: 300, places: 20 }));
    const est = await createOrgUnitFixture(t.db, {
      kind: 'establishment',
      parentId: ght.id,
      name: `CH ${side}`,
      capacities,
    });
    const pole = await createOrgUnitFixture(t.db, { kind: 'grouping', parentId: est.id, name: `Pôle ${side}` });
    Object.assign(units, {
      [`region${side}`]: region.id,
      [`ght${side}`]: ght.id,
      [`est${side}`]: est.id,
      [`pole${side}`]: pole.id,
    });
  }
  return units;
}

/** Region A covered by the shipped catalogue, region B by a copy of its own. */
async function attachCatalogues(t: TestApp, units: Record<UnitKey, string>): Promise<void> {
  await installCatalogues(t.db);
  await installCatalogues(t.db, [
    { ...cpomOccitanie20252029, slug: CATALOGUE_B, title: 'CPOM 2025-2029 (région B)', issuer: 'ARS B' },
  ]);
  await t.db
    .update(indicatorCatalogue)
    .set({ regionId: units.regionA })
    .where(eq(indicatorCatalogue.slug, CATALOGUE_A));
  await t.db
    .update(indicatorCatalogue)
    .set({ regionId: units.regionB })
    .where(eq(indicatorCatalogue.slug, CATALOGUE_B));
}

function viaSession(t: TestApp, cookieValue: string, csrfToken: string): CaseActor['send'] {
  const session = sessionOf(t.app, cookieValue, csrfToken);
  return (r) => session.request(r.method, r.url, { body: r.body, ...(r.headers ? { headers: r.headers } : {}) });
}

function viaToken(t: TestApp, token: string): CaseActor['send'] {
  return (r) =>
    t.app.inject({
      method: r.method,
      url: r.url,
      headers: { authorization: `Bearer ${token}`, ...r.headers },
      ...(r.body === undefined ? {} : { payload: r.body as object }),
    });
}

async function account(
  t: TestApp,
  role: Role,
  unitId: string,
  via: 'session' | 'token',
  name: string,
  grantUnit: UnitKey,
): Promise<CaseActor> {
  const user = await createAccountFixture(t.db, { grants: [{ role, orgUnitId: unitId }], displayName: name });
  const base = { name, role, via, grantUnit, userId: user.id, email: user.email };
  if (via === 'token') {
    const { token } = await createApiToken(t.db, context, { userId: user.id, name: 'intégration' });
    return { ...base, send: viaToken(t, token) };
  }
  const session = await t.login(user.email, user.password);
  return {
    ...base,
    send: (r) => session.request(r.method, r.url, { body: r.body, ...(r.headers ? { headers: r.headers } : {}) }),
  };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const units = await buildTree(t);
  await attachCatalogues(t, units);
  const actors: CaseActor[] = [
    {
      name: 'anonymous',
      role: null,
      via: 'anonymous',
      grantUnit: null,
      userId: null,
      email: null,
      send: (r) =>
        t.app.inject({
          method: r.method,
          url: r.url,
          ...(r.headers ? { headers: r.headers } : {}),
          ...(r.body === undefined ? {} : { payload: r.body as object }),
        }),
    },
  ];
  for (const role of ROLES)
    actors.push(await account(t, role, units[GRANT_LEVEL[role]], 'session', role, GRANT_LEVEL[role]));
  for (const role of TOKEN_ROLES)
    actors.push(await account(t, role, units[GRANT_LEVEL[role]], 'token', `token:${role}`, GRANT_LEVEL[role]));

  const stranger = await createAccountFixture(t.db, {
    grants: [{ role: 'reader', orgUnitId: units.estB }],
    displayName: 'Agent région B',
  });
  const strangerToken = await createApiToken(t.db, context, { userId: stranger.id, name: 'intégration B' });
  const strangerSession = await openSession(t.db, { userId: stranger.id, userAgent: 'test', ip: undefined });

  return {
    t,
    units,
    catalogue: { A: CATALOGUE_A, B: CATALOGUE_B },
    actors,
    admin: actors.find((a) => a.role === 'platform-admin')!,
    stranger: { id: stranger.id, tokenId: strangerToken.id, sessionId: strangerSession.id },
    async twin(actor) {
      if (actor.role === null || actor.grantUnit === null || actor.via === 'anonymous') return actor;
      if (actor.via === 'token')
        return account(t, actor.role, units[actor.grantUnit], 'token', actor.name, actor.grantUnit);
      const user = await createAccountFixture(t.db, {
        grants: [{ role: actor.role, orgUnitId: units[actor.grantUnit] }],
      });
      const opened = await openSession(t.db, { userId: user.id, userAgent: 'test', ip: undefined });
      return {
        ...actor,
        userId: user.id,
        email: user.email,
        send: viaSession(t, opened.cookieValue, opened.csrfToken),
      };
    },
    async freshSession(actor) {
      if (actor.via !== 'session' || actor.userId === null) return actor;
      const opened = await openSession(t.db, { userId: actor.userId, userAgent: 'test', ip: undefined });
      return { ...actor, send: viaSession(t, opened.cookieValue, opened.csrfToken) };
    },
  };
}
