import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { installCatalogues } from '../../../catalogues/install-catalogues.ts';
import { indicatorCatalogue } from '../../../db/schema/indicator.table.ts';
import { createOrgUnitFixture, createUserFixture } from '../../../test/factories.ts';
import { createTestApp, type Session } from '../../../test/test-app.ts';

const t = await createTestApp();
await installCatalogues(t.db);

const region = await createOrgUnitFixture(t.db, { kind: 'region', name: 'Occitanie' });
await t.db
  .update(indicatorCatalogue)
  .set({ regionId: region.id })
  .where(eq(indicatorCatalogue.slug, 'cpom-occitanie-2025-2029'));
const ght = await createOrgUnitFixture(t.db, { kind: 'ght', parentId: region.id });
const ch = await createOrgUnitFixture(t.db, {
  kind: 'establishment',
  parentId: ght.id,
  category: 'ch',
  capacities: [2024, 2025, 2026].map((year) => ({ year, beds: 300, places: 20 })),
});

async function sessionAs(
  role: 'establishment-director' | 'ars-officer',
  orgUnitId: string,
  displayName = 'Référente CPOM',
): Promise<Session> {
  const user = await createUserFixture(t.db, { role, orgUnitId, displayName });
  return t.login(user.email, user.password);
}
const ars = await sessionAs('ars-officer', region.id);
const director = await sessionAs('establishment-director', ch.id);

const negotiate = (session: Session, code: string, year: number, body: unknown, version?: number) =>
  session.request('PUT', `/api/establishments/${ch.id}/target-overrides/${code}/${year}`, {
    body,
    ...(version === undefined ? {} : { headers: { 'if-match': `"${version}"` } }),
  });
const targetsOf = async (year: number) =>
  (await director.request('GET', `/api/establishments/${ch.id}/targets?year=${year}`)).json();
type Item = {
  code: string;
  judgement: string;
  explanation: string;
  targets: { component: { key: string } | null; text: string }[];
  negotiated: unknown[];
};
const item = (body: { items: Item[] }, code: string): Item => body.items.find((i) => i.code === code)!;

describe('negotiated targets', () => {
  it('replaces the fiche’s threshold for the establishment, and the judgement follows', async () => {
    await director.request('PUT', `/api/establishments/${ch.id}/indicator-values/CPOM_OS_1/2026`, {
      body: { numerator: 31, denominator: 250 },
    });
    expect(item(await targetsOf(2026), 'CPOM_OS_1').judgement).toBe('not-met');
    const response = await negotiate(ars, 'CPOM_OS_1', 2026, {
      component: null,
      rule: { shape: 'threshold', comparator: '>=', value: 12 },
      reason: 'Avenant n° 1 : montée en charge du plan de formation',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      code: 'CPOM_OS_1',
      year: 2026,
      ruleText: '≥ 12 %',
      version: 1,
      updatedBy: { name: 'Référente CPOM' },
    });
    const negotiated = item(await targetsOf(2026), 'CPOM_OS_1');
    expect(negotiated).toMatchObject({
      judgement: 'met',
      explanation: 'Cible 2026 : ≥ 12 % ; réalisé 12,4 % ; atteint',
    });
    expect(negotiated.negotiated).toEqual([
      { component: null, text: '≥ 12 %', reason: 'Avenant n° 1 : montée en charge du plan de formation' },
    ]);
    const listed = (await director.request('GET', `/api/establishments/${ch.id}/target-overrides?year=2026`)).json();
    expect(listed.items).toEqual([
      expect.objectContaining({ code: 'CPOM_OS_1', rule: { shape: 'threshold', comparator: '>=', value: 12 } }),
    ]);
  });

  it('replaces one component’s target only', async () => {
    await negotiate(ars, 'CPOM_OS_12', 2025, {
      component: 'mammographies',
      rule: { shape: 'threshold', comparator: '>=', value: 650 },
      reason: 'Départ d’un radiologue',
    });
    const targets = item(await targetsOf(2025), 'CPOM_OS_12').targets;
    expect(targets.find((target) => target.component?.key === 'mammographies')?.text).toBe('≥ 650');
    expect(targets.find((target) => target.component?.key === 'echographies')?.text).not.toBe('≥ 650');
  });

  it('grows the next years’ chained targets from the negotiated one', async () => {
    await director.request('PUT', `/api/establishments/${ch.id}/indicator-values/CPOM_OS_12/2024`, {
      body: { components: { mammographies: 740, echographies: 200 } },
    });
    // The fiche chains +5 % a year on the previous target: 762 → 800 without negotiation, 650 → 683 after it.
    const mammographies = (body: { items: Item[] }) =>
      item(body, 'CPOM_OS_12').targets.find((target) => target.component?.key === 'mammographies')?.text;
    expect(mammographies(await targetsOf(2026))).toBe('≥ 683');
  });

  it.each([
    [
      'a rule of no known shape',
      'CPOM_OS_3',
      2026,
      { component: null, rule: { shape: 'vague' }, reason: 'x' },
      'VALIDATION_FAILED',
      'rule.shape',
    ],
    [
      'a component the fiche lacks',
      'CPOM_OS_12',
      2026,
      { component: 'irm', rule: { shape: 'boolean' }, reason: 'x' },
      'UNKNOWN_COMPONENT',
      'component',
    ],
    [
      'a year outside the contract',
      'CPOM_OS_3',
      2031,
      { component: null, rule: { shape: 'boolean' }, reason: 'x' },
      'YEAR_OUT_OF_PERIOD',
      'year',
    ],
    [
      'a missing reason',
      'CPOM_OS_3',
      2026,
      { component: null, rule: { shape: 'boolean' }, reason: ' ' },
      'VALIDATION_FAILED',
      'reason',
    ],
  ])('refuses %s, naming the field, and records nothing', async (_label, code, year, body, errorCode, path) => {
    const response = await negotiate(ars, code, year, body);
    expect(response.json()).toMatchObject({
      status: 400,
      code: errorCode,
      errors: expect.arrayContaining([expect.objectContaining({ path })]),
    });
    const listed = (await ars.request('GET', `/api/establishments/${ch.id}/target-overrides`)).json().items as {
      code: string;
    }[];
    expect(listed.filter((o) => o.code === 'CPOM_OS_3')).toEqual([]);
  });

  it('replaces a negotiated target only from its version, and withdraws it to give the fiche’s back', async () => {
    const body = {
      component: null,
      rule: { shape: 'threshold', comparator: '>=', value: 4 },
      reason: 'Première négociation',
    };
    expect((await negotiate(ars, 'CPOM_OS_16', 2026, body)).statusCode).toBe(200);
    expect((await negotiate(ars, 'CPOM_OS_16', 2026, body)).json()).toMatchObject({ status: 428 });
    expect((await negotiate(ars, 'CPOM_OS_16', 2026, { ...body, reason: 'Révision' }, 1)).json()).toMatchObject({
      version: 2,
      reason: 'Révision',
    });
    expect((await negotiate(ars, 'CPOM_OS_16', 2026, body, 1)).json()).toMatchObject({
      status: 412,
      current: { version: 2, reason: 'Révision' },
    });
    const url = `/api/establishments/${ch.id}/target-overrides/CPOM_OS_16/2026`;
    expect((await ars.request('DELETE', url, { headers: { 'if-match': '"1"' } })).statusCode).toBe(412);
    expect((await ars.request('DELETE', url, { headers: { 'if-match': '"2"' } })).statusCode).toBe(204);
    expect(item(await targetsOf(2026), 'CPOM_OS_16').negotiated).toEqual([]);
  });

  it('is the ARS’s to negotiate: neither the establishment nor another region’s ARS may', async () => {
    const body = { component: null, rule: { shape: 'boolean' }, reason: 'x' };
    expect((await negotiate(director, 'CPOM_OS_4', 2026, body)).statusCode).toBe(403);
    const elsewhere = await createOrgUnitFixture(t.db, { kind: 'region' });
    const foreign = await sessionAs('ars-officer', elsewhere.id);
    expect((await negotiate(foreign, 'CPOM_OS_4', 2026, body)).json()).toMatchObject({
      status: 404,
      code: 'ESTABLISHMENT_NOT_FOUND',
    });
  });
});
