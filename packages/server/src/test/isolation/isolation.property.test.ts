import fc from 'fast-check';
import pLimit from 'p-limit';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { roleGrants, type Permission } from '@jalon/domain/access/roles';
import { appUser } from '../../db/schema/app-user.table.ts';
import { orgUnit } from '../../db/schema/org-unit.table.ts';
import { openSession } from '../../security/sessions.ts';
import { createTestApp, sessionOf, type Session } from '../test-app.ts';
import {
  buildScenario,
  checksum,
  NEGOTIATED,
  runCount,
  scenarioArb,
  scopeOf,
  type Account,
  type Built,
} from './random-world.ts';

/**
 * Random organisation trees and random grants: whatever the shape, an
 * actor's answers hold nothing of the units outside its scope, and its
 * writes there change no row.
 */
const t = await createTestApp();
const RUNS = 15;
const limit = pLimit(4);
const runsOf = { reads: 0, writes: 0, refused: 0 };

afterAll(() => {
  console.log(
    `isolation properties: ${runsOf.reads} runs of the read property, ${runsOf.writes} of the write property (${runsOf.refused} writes outside scope refused, ${runCount()} random trees built)`,
  );
});

async function signIn(actor: Account): Promise<Session> {
  const opened = await openSession(t.db, { userId: actor.id, userAgent: 'property', ip: undefined });
  return sessionOf(t.app, opened.cookieValue, opened.csrfToken);
}

const holds = (built: Built, permission: Permission) => built.actor.grants.some((g) => roleGrants(g.role, permission));
const sameSet = (a: Iterable<string>, b: Iterable<string>) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Everything the actor reads about the run's units and accounts, against the scope the model computes. */
async function readProblems(built: Built, session: Session): Promise<string[]> {
  const problems: string[] = [];
  const orgScope = scopeOf(built, built.actor, 'org.read');
  const auditScope = scopeOf(built, built.actor, 'audit.read');
  const usersScope = scopeOf(built, built.actor, 'users.read');
  const get = async (url: string) => {
    const response = await session.request('GET', url);
    return {
      status: response.statusCode,
      body: response.statusCode === 200 ? (response.json() as Record<string, unknown>) : {},
    };
  };
  const expectStatus = (url: string, status: number, inScope: boolean, may: boolean) => {
    const wanted = !may ? 403 : inScope ? 200 : 404;
    if (status !== wanted) problems.push(`${url}: ${status}, expected ${wanted}`);
  };
  const canRead = holds(built, 'org.read');

  const search = await get(`/api/org-units?q=${built.marker}&pageSize=200`);
  const found = ((search.body.items ?? []) as { id: string }[]).map((u) => u.id);
  if (
    canRead &&
    !sameSet(
      found,
      built.units.filter((u) => orgScope.has(u.id)).map((u) => u.id),
    )
  )
    problems.push(`search finds ${found.length} units, scope holds ${orgScope.size}`);
  const all = ((await get('/api/org-units?pageSize=200')).body.items ?? []) as { id: string }[];
  const ours = new Set(built.units.map((u) => u.id));
  for (const u of all) if (ours.has(u.id) && !orgScope.has(u.id)) problems.push(`list shows ${u.id} outside the scope`);

  await Promise.all(
    built.units.map((u) =>
      limit(async () => {
        const inScope = orgScope.has(u.id);
        const one = await get(`/api/org-units/${u.id}`);
        expectStatus(`unit ${u.kind}`, one.status, inScope, canRead);
        const sub = await get(`/api/org-units/${u.id}/subtree`);
        expectStatus(`subtree of ${u.kind}`, sub.status, inScope, canRead);
        for (const item of (sub.body.items ?? []) as { id: string }[])
          if (!orgScope.has(item.id)) problems.push(`subtree of ${u.kind} shows ${item.id}`);
        const audit = await get(`/api/audit?entityType=org_unit&entityId=${u.id}`);
        expectStatus(`audit of ${u.kind}`, audit.status, auditScope.has(u.id), holds(built, 'audit.read'));
        if (u.kind !== 'establishment') return;
        for (const path of ['targets?year=2026', 'indicator-values', 'target-overrides']) {
          const answer = await get(`/api/establishments/${u.id}/${path}`);
          expectStatus(path, answer.status, inScope, canRead);
        }
      }),
    ),
  );

  // Accounts: visible where one of their grants lies in the scope, searched by the run's marker.
  const visible = [built.actor, ...built.others]
    .filter((a) => a.grants.some((g) => usersScope.has(g.orgUnitId)))
    .map((a) => a.id);
  const mayReadUsers = holds(built, 'users.read');
  const users = await get(`/api/users?q=${built.marker}&pageSize=200`);
  const listed = ((users.body.items ?? []) as { id: string }[]).map((u) => u.id);
  if (mayReadUsers && !sameSet(listed, visible))
    problems.push(`user search lists ${listed.length} accounts, ${visible.length} are visible`);
  for (const other of built.others) {
    expectStatus('user', (await get(`/api/users/${other.id}`)).status, visible.includes(other.id), mayReadUsers);
    expectStatus(
      'user audit',
      (await get(`/api/audit?entityType=user&entityId=${other.id}`)).status,
      other.grants.some((g) => auditScope.has(g.orgUnitId)),
      holds(built, 'audit.read'),
    );
  }
  const trail = await get('/api/audit');
  if (trail.status === 200) problems.push('the whole audit trail is readable');
  return problems;
}

/** Writes aimed at what lies outside the actor's scope, each with a valid body and the current version. */
async function outsideWrites(
  built: Built,
): Promise<
  { method: 'PATCH' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown; headers?: Record<string, string> }[]
> {
  const writeScope = scopeOf(built, built.actor, 'org.write');
  const valueScope = scopeOf(built, built.actor, 'values.write');
  const targetScope = scopeOf(built, built.actor, 'catalogue.write');
  const userScope = scopeOf(built, built.actor, 'users.write');
  const versions = new Map(
    (
      await t.db
        .select({ id: orgUnit.id, version: orgUnit.version })
        .from(orgUnit)
        .where(
          inArray(
            orgUnit.id,
            built.units.map((u) => u.id),
          ),
        )
    ).map((r) => [r.id, r.version]),
  );
  const at = (id: string) => ({ 'if-match': `"${versions.get(id)}"` });
  const writes = [];
  const outsideUnit = built.units.find((u) => !userScope.has(u.id));
  for (const u of built.units.filter((x) => !writeScope.has(x.id))) {
    writes.push({
      method: 'PATCH' as const,
      url: `/api/org-units/${u.id}`,
      body: { name: `${built.marker} renamed` },
      headers: at(u.id),
    });
    writes.push({ method: 'DELETE' as const, url: `/api/org-units/${u.id}`, headers: at(u.id) });
    if (u.parentId)
      writes.push({
        method: 'POST' as const,
        url: `/api/org-units/${u.id}/move`,
        body: { parentId: u.parentId },
        headers: at(u.id),
      });
    if (u.kind === 'establishment' || u.kind === 'grouping')
      writes.push({
        method: 'POST' as const,
        url: '/api/org-units',
        body: { kind: u.kind === 'grouping' ? 'unit' : 'site', parentId: u.id, name: `${built.marker} new` },
      });
  }
  for (const u of built.units.filter((x) => x.kind === 'establishment')) {
    // The value and target written at build time are version 1.
    if (!valueScope.has(u.id))
      writes.push({
        method: 'PUT' as const,
        url: `/api/establishments/${u.id}/indicator-values/CPOM_OS_1/2026`,
        body: { value: 30 },
        headers: { 'if-match': '"1"' },
      });
    if (!targetScope.has(u.id)) {
      writes.push({
        method: 'PUT' as const,
        url: `/api/establishments/${u.id}/target-overrides/CPOM_OS_1/2026`,
        body: { component: null, rule: { ...NEGOTIATED, value: 15 }, reason: 'Autre' },
        headers: { 'if-match': '"1"' },
      });
      writes.push({
        method: 'DELETE' as const,
        url: `/api/establishments/${u.id}/target-overrides/CPOM_OS_1/2026`,
        headers: { 'if-match': '"1"' },
      });
    }
  }
  for (const other of built.others) {
    const inside = other.grants.filter((g) => userScope.has(g.orgUnitId)).length;
    if (inside === 0) {
      const [row] = await t.db.select({ version: appUser.version }).from(appUser).where(eq(appUser.id, other.id));
      writes.push({
        method: 'PATCH' as const,
        url: `/api/users/${other.id}`,
        body: { displayName: 'Renommé' },
        headers: { 'if-match': `"${row!.version}"` },
      });
      writes.push({ method: 'POST' as const, url: `/api/users/${other.id}/unlock` });
      writes.push({
        method: 'POST' as const,
        url: `/api/users/${other.id}/grants`,
        body: { role: 'reader', orgUnitId: other.grants[0]!.orgUnitId },
      });
      for (const g of other.grants)
        writes.push({ method: 'DELETE' as const, url: `/api/users/${other.id}/grants/${g.id}` });
    } else if (inside === other.grants.length && outsideUnit) {
      // An account of the scope, given a role on a unit outside it.
      writes.push({
        method: 'POST' as const,
        url: `/api/users/${other.id}/grants`,
        body: { role: 'contributor', orgUnitId: outsideUnit.id },
      });
    }
  }
  return writes;
}

describe('isolation on random organisation trees and grants', () => {
  it('answers nothing of another scope in lists, searches, subtrees, targets, values, audit and users', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        runsOf.reads += 1;
        const built = await buildScenario(t.db, scenario);
        expect(await readProblems(built, await signIn(built.actor))).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 120_000);

  it('changes no row when refusing a write outside the scope', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        runsOf.writes += 1;
        const built = await buildScenario(t.db, scenario);
        const session = await signIn(built.actor);
        const writes = await outsideWrites(built);
        const before = await checksum(t.db);
        const answers = await Promise.all(
          writes.map((w) =>
            limit(async () => `${w.method} ${w.url} → ${(await session.request(w.method, w.url, w)).statusCode}`),
          ),
        );
        runsOf.refused += answers.length;
        expect(answers.filter((a) => !/→ (400|403|404)$/.test(a))).toEqual([]);
        expect(await checksum(t.db)).toBe(before);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 120_000);
});
