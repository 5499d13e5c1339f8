import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { installCatalogues } from '../catalogues/install-catalogues.ts';
import { indicatorCatalogue } from '../db/schema/indicator.table.ts';
import { roleGrant } from '../db/schema/role-grant.table.ts';
import { VERSIONED_OPERATIONS } from '../http/openapi.ts';
import { openSession, SESSION_COOKIE } from '../security/sessions.ts';
import { requestArbitrary, type Caller, type FuzzOperation } from './api-fuzz-requests.ts';
import { FuzzRun } from './api-fuzz-runner.ts';
import { createOrgUnitFixture, createUserFixture } from './factories.ts';
import { createTestApp } from './test-app.ts';

/**
 * Schema-driven fuzzing of every operation of the OpenAPI document, as
 * several callers: no answer may be a 5xx, every status must be declared,
 * and a refused request must leave the database as it was.
 */
const SEED = 20_261_201;
const REQUESTS_PER_OPERATION_AND_CALLER = 25;

const t = await createTestApp();
await installCatalogues(t.db);
const SLUG = 'cpom-occitanie-2025-2029';
const region = await createOrgUnitFixture(t.db, { kind: 'region' });
await t.db.update(indicatorCatalogue).set({ regionId: region.id }).where(eq(indicatorCatalogue.slug, SLUG));
const ght = await createOrgUnitFixture(t.db, { kind: 'ght', parentId: region.id });
const home = await createOrgUnitFixture(t.db, { kind: 'establishment', parentId: ght.id });
const other = await createOrgUnitFixture(t.db, { kind: 'establishment', parentId: ght.id });
const bystander = await createUserFixture(t.db, { role: 'contributor', orgUnitId: other.id });
const [bystanderGrant] = await t.db
  .select({ id: roleGrant.id })
  .from(roleGrant)
  .where(eq(roleGrant.userId, bystander.id));

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
  // Body fields.
  orgUnitId: [home.id, other.id, region.id],
  parentId: [ght.id, region.id],
  regionId: [region.id],
  role: ['reader', 'platform-admin'],
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
const officerAccount = await createUserFixture(t.db, { role: 'ars-officer', orgUnitId: region.id });
const officer = await t.login(officerAccount.email, officerAccount.password);
const token = (
  (await officer.request('POST', '/api/me/tokens', { body: { name: 'fuzz' } })).json() as { token: string }
).token;
const callers: Caller[] = [
  await signIn('admin'),
  await signIn('director'),
  await signIn('reader'),
  { name: 'bearer', kind: 'bearer', token },
  { name: 'anonymous', kind: 'anonymous' },
];

type Document = {
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        parameters?: FuzzOperation['parameters'];
        requestBody?: { content: Record<string, { schema: object }> };
        responses: Record<string, unknown>;
      }
    >
  >;
};
const document = t.app.swagger() as unknown as Document;
const operations: FuzzOperation[] = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => {
    const key = `${method.toUpperCase()} ${path}`;
    return {
      key,
      method,
      path,
      isPublic: op.security?.length === 0,
      parameters: (op.parameters ?? []).filter((p) => p.in !== 'header'),
      body: op.requestBody?.content['application/json']?.schema,
      ifMatch: VERSIONED_OPERATIONS[key]?.ifMatch,
      statuses: Object.keys(op.responses),
    };
  }),
);

it(
  'answers every generated request without a 5xx, declares each status, and changes nothing on refusals',
  { timeout: 180_000 },
  async () => {
    const started = performance.now();
    const requests = operations.flatMap((operation, o) =>
      callers.flatMap((caller, c) =>
        fc.sample(requestArbitrary(operation, caller, KNOWN), {
          numRuns: REQUESTS_PER_OPERATION_AND_CALLER,
          seed: SEED + o * callers.length + c,
        }),
      ),
    );
    const order = fc.sample(
      fc.shuffledSubarray(
        requests.map((_, i) => i),
        { minLength: requests.length, maxLength: requests.length },
      ),
      { numRuns: 1, seed: SEED },
    )[0]!;
    const generated = (performance.now() - started) / 1000;
    const run = await FuzzRun.start({
      app: t.app,
      pool: t.database.pool,
      callers,
      reopen: (caller) => signIn(caller.name as keyof typeof accounts),
    });
    for (const index of order) await run.run(requests[index]!);
    await run.settle();

    const seconds = (performance.now() - started) / 1000;
    const statuses = [...run.byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
    const fiveXx = [...run.byStatus].filter(([status]) => status >= 500).reduce((n, [, count]) => n + count, 0);
    process.stdout.write(
      `\nAPI fuzzing: ${run.sent} requests over ${operations.length} operations and ${callers.length} callers in ${seconds.toFixed(1)} s ` +
        `(${generated.toFixed(1)} s generating, seed ${SEED}); ${run.checksums} database checksums (${(run.checksumMs / 1000).toFixed(1)} s)\n` +
        `  answers by status: ${statuses}\n  5xx = ${fiveXx}\n`,
    );
    const findings = [...new Set(run.failures)];
    if (findings.length)
      process.stdout.write(
        `  findings (${findings.length}):\n${findings.map((f) => `    ${f.slice(0, 300)}`).join('\n')}\n`,
      );
    expect(run.sent).toBeGreaterThanOrEqual(5000);
    expect(findings).toEqual([]);
  },
);
