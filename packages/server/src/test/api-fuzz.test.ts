import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { installCatalogues } from '../catalogues/install-catalogues.ts';
import { indicatorCatalogue } from '../db/schema/indicator.table.ts';
import { roleGrant } from '../db/schema/role-grant.table.ts';
import { VERSIONED_OPERATIONS } from '../http/openapi.ts';
import { openSession, SESSION_COOKIE } from '../security/sessions.ts';
import { credentials, requestArbitrary, type Caller, type FuzzOperation, type FuzzRequest } from './api-fuzz-requests.ts';
import { checksumQuery, databaseChecksum } from './db-checksum.ts';
import { createOrgUnitFixture, createUserFixture } from './factories.ts';
import { createTestApp } from './test-app.ts';

/**
 * Schema-driven fuzzing of every operation of the OpenAPI document, as
 * several callers: no answer may be a 5xx, every status must be declared,
 * and a refused request must leave the database as it was.
 */
const SEED = 20_261_201;
const REQUESTS_PER_OPERATION_AND_CALLER = 25;
/** Refused requests checked together; a batch whose checksum moved is replayed one by one. */
const BATCH = 40;

const t = await createTestApp();
await installCatalogues(t.db);
const SLUG = 'cpom-occitanie-2025-2029';
const region = await createOrgUnitFixture(t.db, { kind: 'region' });
await t.db.update(indicatorCatalogue).set({ regionId: region.id }).where(eq(indicatorCatalogue.slug, SLUG));
const ght = await createOrgUnitFixture(t.db, { kind: 'ght', parentId: region.id });
const home = await createOrgUnitFixture(t.db, { kind: 'establishment', parentId: ght.id });
const other = await createOrgUnitFixture(t.db, { kind: 'establishment', parentId: ght.id });
const bystander = await createUserFixture(t.db, { role: 'contributor', orgUnitId: other.id });
const [bystanderGrant] = await t.db.select({ id: roleGrant.id }).from(roleGrant).where(eq(roleGrant.userId, bystander.id));

/** Values that exist, so that requests reach past the 404s. */
const KNOWN: Record<string, readonly unknown[]> = {
  id: [home.id, other.id, ght.id, region.id, bystander.id],
  grantId: [bystanderGrant!.id],
  parent: [ght.id, region.id],
  entityId: [home.id, bystander.id],
  entityType: ['org_unit', 'user'],
  code: ['CPOM_OS_1', 'CPOM_OS_12'],
  slug: [SLUG],
  catalogue: [SLUG],
  year: [2025, 2026],
  version: [1, 2],
  kind: ['establishment'],
};

const accounts = {
  admin: await createUserFixture(t.db, { role: 'platform-admin', orgUnitId: region.id }),
  director: await createUserFixture(t.db, { role: 'establishment-director', orgUnitId: home.id }),
  reader: await createUserFixture(t.db, { role: 'reader', orgUnitId: home.id }),
};
/** A new session, opened directly: signing in again through the API would meet its rate limit. */
async function signIn(name: keyof typeof accounts): Promise<Caller> {
  const session = await openSession(t.db, { userId: accounts[name].id, userAgent: 'fuzz', ip: undefined });
  return { name, kind: 'session', cookie: `${SESSION_COOKIE}=${session.cookieValue}`, csrfToken: session.csrfToken };
}
const officer = await t.login((await createUserFixture(t.db, { role: 'ars-officer', orgUnitId: region.id })).email, 'Test-Password-2026!');
const token = ((await officer.request('POST', '/api/me/tokens', { body: { name: 'fuzz' } })).json() as { token: string }).token;
const callers: Caller[] = [await signIn('admin'), await signIn('director'), await signIn('reader'), { name: 'bearer', kind: 'bearer', token }, { name: 'anonymous', kind: 'anonymous' }];

type Document = { paths: Record<string, Record<string, { security?: unknown[]; parameters?: FuzzOperation['parameters']; requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, unknown> }>> };
const document = t.app.swagger() as unknown as Document;
const operations: FuzzOperation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => {
    const key = `${method.toUpperCase()} ${path}`;
    return {
      key, method, path,
      isPublic: op.security?.length === 0,
      parameters: (op.parameters ?? []).filter((p) => p.in !== 'header'),
      body: op.requestBody?.content['application/json']?.schema,
      ifMatch: VERSIONED_OPERATIONS[key]?.ifMatch,
      statuses: Object.keys(op.responses),
    };
  }),
);

const declared = (statuses: string[], status: number) => statuses.includes(String(status)) || statuses.includes(`${String(status)[0]}XX`);

it('answers every generated request without a 5xx, declares each status, and changes nothing on refusals', { timeout: 180_000 }, async () => {
  const started = performance.now();
  const query = await checksumQuery(t.database.pool);
  const checksum = () => databaseChecksum(t.database.pool, query);
  const byStatus = new Map<number, number>();
  const failures: string[] = [];
  let sent = 0;
  let checksums = 0;
  const describe = (r: FuzzRequest, status: number | string) => `${r.caller}${r.csrf && r.csrf !== 'right' ? ` (CSRF ${r.csrf})` : ''} ${r.method} ${r.url.slice(0, 160)} ${JSON.stringify(r.headers['if-match'] ?? '')} ${r.payload?.slice(0, 160) ?? ''} → ${status}`;

  async function send(request: FuzzRequest): Promise<number> {
    const caller = callers.find((c) => c.name === request.caller)!;
    const headers = { ...request.headers, ...credentials(caller, request.csrf) };
    const response = await t.app.inject({ method: request.method as 'GET', url: request.url, headers, ...(request.payload === undefined ? {} : { payload: request.payload }) });
    return response.statusCode + (response.headers.etag !== undefined && response.statusCode < 300 ? 0.5 : 0);
  }
  let checksumMs = 0;
  async function sum(): Promise<string> {
    checksums += 1;
    const t0 = performance.now();
    const value = await checksum();
    checksumMs += performance.now() - t0;
    return value;
  }

  let base = await sum();
  let pending: FuzzRequest[] = [];
  /** Checks the refused requests since the last checksum; when the data moved, finds which one moved it. */
  async function settle(): Promise<void> {
    if (pending.length === 0) return;
    const now = await sum();
    if (now !== base) {
      for (const request of pending) {
        const before = await sum();
        const status = Math.floor(await send(request));
        if ((await sum()) !== before) failures.push(`refused request changed the database: ${describe(request, status)}`);
      }
      base = await sum();
    }
    pending = [];
  }

  const requests = operations.flatMap((operation, o) =>
    callers.flatMap((caller, c) => fc.sample(requestArbitrary(operation, caller, KNOWN), { numRuns: REQUESTS_PER_OPERATION_AND_CALLER, seed: SEED + o * callers.length + c })),
  );
  const generated = ((performance.now() - started) / 1000).toFixed(1);
  const order = fc.sample(fc.shuffledSubarray(requests.map((_, i) => i), { minLength: requests.length, maxLength: requests.length }), { numRuns: 1, seed: SEED })[0]!;
  for (const request of order.map((i) => requests[i]!)) {
    const unsafe = request.method !== 'GET';
    const exact = unsafe && !request.certainRefusal;
    if (exact) await settle();
    let result: number;
    try {
      result = await send(request);
    } catch (error) {
      failures.push(`inject threw ${String(error)}: ${describe(request, 'none')}`);
      continue;
    }
    sent += 1;
    const status = Math.floor(result);
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    if (status >= 500) failures.push(`5xx: ${describe(request, status)}`);
    if (!declared(request.operation.statuses, status)) failures.push(`undeclared status: ${describe(request, status)}`);
    if (result % 1 !== 0 && !VERSIONED_OPERATIONS[request.operation.key]?.etag) failures.push(`undeclared ETag: ${describe(request, status)}`);
    const refused = status >= 400;
    if (exact) {
      const after = await sum();
      if (refused && after !== base) failures.push(`refused request changed the database: ${describe(request, status)}`);
      base = after;
    } else if (unsafe && !refused) {
      failures.push(`expected a refusal: ${describe(request, status)}`);
      pending = [];
      base = await sum();
    } else {
      pending.push(request);
      if (pending.length >= BATCH) await settle();
    }
    // A caller whose session the fuzzer closed (logout) signs in again, between two checks.
    const caller = callers.find((c) => c.name === request.caller)!;
    if (status === 401 && caller.kind === 'session' && (await t.app.inject({ url: '/api/auth/session', headers: { cookie: caller.cookie } })).statusCode === 401) {
      await settle();
      callers[callers.indexOf(caller)] = await signIn(caller.name as keyof typeof accounts);
      base = await sum();
    }
  }
  await settle();

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const statuses = [...byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`).join(', ');
  const fiveXx = [...byStatus].filter(([status]) => status >= 500).reduce((n, [, count]) => n + count, 0);
  process.stdout.write(`\nAPI fuzzing: ${sent} requests over ${operations.length} operations and ${callers.length} callers in ${seconds} s (${generated} s generating; seed ${SEED}), ${checksums} database checksums (${(checksumMs / 1000).toFixed(1)} s)\n  answers by status: ${statuses}\n  5xx = ${fiveXx}\n`);
  if (failures.length) process.stdout.write(`  findings (${failures.length}):\n${[...new Set(failures)].map((f) => `    ${f.slice(0, 300)}`).join('\n')}\n`);
  expect(sent).toBeGreaterThanOrEqual(5000);
  expect(failures).toEqual([]);
});
