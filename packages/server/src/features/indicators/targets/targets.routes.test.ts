import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { installCatalogues } from '../../../catalogues/install-catalogues.ts';
import { indicatorCatalogue } from '../../../db/schema/indicator.table.ts';
import { orgUnit } from '../../../db/schema/org-unit.table.ts';
import { createOrgUnitFixture, createUserFixture } from '../../../test/factories.ts';
import { createTestApp, type Session } from '../../../test/test-app.ts';

const t = await createTestApp();
await installCatalogues(t.db);
const SLUG = 'cpom-occitanie-2025-2029';

const region = await createOrgUnitFixture(t.db, { kind: 'region', name: 'Occitanie' });
await t.db.update(indicatorCatalogue).set({ regionId: region.id }).where(eq(indicatorCatalogue.slug, SLUG));
const ght = await createOrgUnitFixture(t.db, { kind: 'ght', parentId: region.id });

/** A public CH member of the GHT, 300 beds from 2024 to 2026 (tier 100-499), no capacity after. */
async function newCh(): Promise<string> {
  const ch = await createOrgUnitFixture(t.db, {
    kind: 'establishment',
    parentId: ght.id,
    category: 'ch',
    authorisations: ['emergency', 'surgery'],
    capacities: [2024, 2025, 2026].map((year) => ({ year, beds: 300, places: 20 })),
  });
  return ch.id;
}

async function sessionAs(
  role: 'establishment-director' | 'ars-officer' | 'reader',
  orgUnitId: string,
): Promise<Session> {
  const user = await createUserFixture(t.db, { role, orgUnitId, displayName: 'Directrice' });
  return t.login(user.email, user.password);
}

const chId = await newCh();
const director = await sessionAs('establishment-director', chId);
const put = (session: Session, code: string, year: number, body: unknown, version?: number) =>
  session.request('PUT', `/api/establishments/${chId}/indicator-values/${code}/${year}`, {
    body,
    ...(version === undefined ? {} : { headers: { 'if-match': `"${version}"` } }),
  });

describe('entering values', () => {
  it('stores a value per year with its components, and lists it', async () => {
    const response = await put(director, 'CPOM_OS_12', 2024, { components: { mammographies: 740, echographies: 200 } });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      code: 'CPOM_OS_12',
      year: 2024,
      version: 1,
      value: { year: 2024, components: { mammographies: 740 } },
      updatedBy: { name: 'Directrice' },
    });
    const listed = (await director.request('GET', `/api/establishments/${chId}/indicator-values?year=2024`)).json();
    expect(listed.items).toEqual([expect.objectContaining({ code: 'CPOM_OS_12', year: 2024 })]);
  });

  it('derives a rate from numerator and denominator', async () => {
    const response = await put(director, 'CPOM_OS_1', 2026, { numerator: 31, denominator: 250 });
    expect(response.json().value).toMatchObject({ numerator: 31, denominator: 250, value: 12.4 });
  });

  it.each([
    ['text for a rate', { value: 'beaucoup' }, 'value'],
    ['a rate above 100 %', { value: 140 }, 'value'],
    ['a zero denominator', { numerator: 3, denominator: 0 }, 'denominator'],
    ['a numerator above its denominator', { numerator: 30, denominator: 20 }, 'numerator'],
  ])('refuses %s, naming the field, and stores nothing', async (_label, body, field) => {
    const response = await put(director, 'CPOM_OS_1', 2027, body);
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: expect.arrayContaining([expect.objectContaining({ path: field })]),
    });
    expect(
      (await director.request('GET', `/api/establishments/${chId}/indicator-values?year=2027`)).json().items,
    ).toEqual([]);
  });

  it('refuses a year outside the contract and an unknown indicator', async () => {
    expect((await put(director, 'CPOM_OS_1', 2031, { value: 12 })).json()).toMatchObject({
      status: 400,
      code: 'YEAR_OUT_OF_PERIOD',
      errors: [expect.objectContaining({ path: 'year' })],
    });
    expect((await put(director, 'CPOM_OS_1', 2020, { value: 12 })).json()).toMatchObject({
      code: 'YEAR_OUT_OF_PERIOD',
    });
    expect((await put(director, 'CPOM_OS_77', 2025, { value: 12 })).json()).toMatchObject({
      status: 404,
      code: 'INDICATOR_NOT_FOUND',
    });
  });

  it('finds a fiche by one of its aliases, whatever its case, and stores the value under its code', async () => {
    const response = await put(director, 'cpom_os_07', 2025, { milestoneReached: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: 'CPOM_OS_7', year: 2025 });
  });

  it('replaces a value only with its current version, and shows the other person’s when stale', async () => {
    expect((await put(director, 'CPOM_OS_16', 2025, { numerator: 40, denominator: 100 })).statusCode).toBe(200);
    expect((await put(director, 'CPOM_OS_16', 2025, { numerator: 45, denominator: 100 })).json()).toMatchObject({
      status: 428,
    });
    expect((await put(director, 'CPOM_OS_16', 2025, { numerator: 45, denominator: 100 }, 1)).json()).toMatchObject({
      version: 2,
      value: { value: 45 },
    });
    const stale = await put(director, 'CPOM_OS_16', 2025, { numerator: 50, denominator: 100 }, 1);
    expect(stale.json()).toMatchObject({
      status: 412,
      code: 'VERSION_CONFLICT',
      current: { version: 2, value: { value: 45 } },
    });
  });

  it('lets neither a reader nor another establishment enter values', async () => {
    const reader = await sessionAs('reader', chId);
    expect((await put(reader, 'CPOM_OS_1', 2025, { value: 12 })).statusCode).toBe(403);
    const otherDirector = await sessionAs('establishment-director', await newCh());
    expect((await put(otherDirector, 'CPOM_OS_1', 2025, { value: 12 })).json()).toMatchObject({
      status: 404,
      code: 'ESTABLISHMENT_NOT_FOUND',
    });
  });
});

describe('GET /api/establishments/{id}/targets', () => {
  const targets = (session: Session, id: string, query: string) =>
    session.request('GET', `/api/establishments/${id}/targets?${query}`);
  type Item = { code: string; judgement: string; explanation: string; targets: unknown[] };
  const item = (body: { items: Item[] }, code: string) => body.items.find((i) => i.code === code);

  it('resolves increments from the 2024 value and judges each indicator with its explanation', async () => {
    const body = (await targets(director, chId, 'year=2025')).json();
    expect(body).toMatchObject({ year: 2025, establishment: { id: chId, tier: '100-499' }, catalogue: { slug: SLUG } });
    expect(body.items).toHaveLength(30);
    const mammo = item(body, 'CPOM_OS_12');
    expect(mammo?.targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ component: expect.objectContaining({ key: 'mammographies' }), text: '≥ 762' }),
      ]),
    );
    expect(mammo?.judgement).toBe('pending');
    expect(mammo).toMatchObject({
      components: [expect.objectContaining({ key: 'mammographies' }), expect.objectContaining({ key: 'echographies' })],
    });
    expect(item(body, 'CPOM_OS_14')).toMatchObject({ judgement: 'not-applicable', applicable: false });
    expect(item(body, 'CPOM_OS_1')).toMatchObject({ applicable: true });
    const counts =
      body.summary.met +
      body.summary.partlyMet +
      body.summary.notMet +
      body.summary.notApplicable +
      body.summary.pending;
    expect(counts).toBe(30);
  });

  it('says "non atteint" in words for a rate under its threshold', async () => {
    const body = (await targets(director, chId, 'year=2026')).json();
    expect(item(body, 'CPOM_OS_1')).toMatchObject({
      judgement: 'not-met',
      explanation: 'Cible 2026 : ≥ 15 % ; réalisé 12,4 % ; non atteint',
      reported: { value: 12.4 },
    });
  });

  it('waits, saying what is missing, when the capacity of the year is unknown', async () => {
    const body = (await targets(director, chId, 'year=2027')).json();
    expect(body.establishment.tier).toBeNull();
    const pending = body.items.filter((i: { judgement: string }) => i.judgement === 'pending');
    expect(pending.map((i: { explanation: string }) => i.explanation).join(' ')).toContain('capacité 2027');
    // Never a judgement made on a guessed tier.
    expect(body.items.filter((i: { judgement: string }) => i.judgement === 'met' || i.judgement === 'not-met')).toEqual(
      [],
    );
  });

  it('refuses a year outside the contract period', async () => {
    expect((await targets(director, chId, 'year=2031')).json()).toMatchObject({
      status: 400,
      code: 'YEAR_OUT_OF_PERIOD',
      errors: [expect.objectContaining({ path: 'year' })],
    });
  });

  it('shows the region’s ARS every establishment, an establishment only its own', async () => {
    const ars = await sessionAs('ars-officer', region.id);
    expect((await targets(ars, chId, 'year=2025')).statusCode).toBe(200);
    const otherId = await newCh();
    expect((await targets(director, otherId, 'year=2025')).json()).toMatchObject({
      status: 404,
      code: 'ESTABLISHMENT_NOT_FOUND',
    });
    const elsewhere = await createOrgUnitFixture(t.db, { kind: 'region' });
    const foreignArs = await sessionAs('ars-officer', elsewhere.id);
    expect((await targets(foreignArs, chId, 'year=2025')).statusCode).toBe(404);
  });

  it('answers 404 for a unit that is not an establishment, and an empty list where no catalogue covers the region', async () => {
    const ars = await sessionAs('ars-officer', region.id);
    expect((await targets(ars, ght.id, 'year=2025')).json()).toMatchObject({
      status: 404,
      code: 'ESTABLISHMENT_NOT_FOUND',
    });
    const [other] = await t.db
      .insert(orgUnit)
      .values({ kind: 'region', name: 'Bretagne' })
      .returning({ id: orgUnit.id });
    const breton = await createOrgUnitFixture(t.db, { kind: 'establishment', parentId: other!.id });
    const bretonArs = await sessionAs('ars-officer', other!.id);
    const body = (await targets(bretonArs, breton.id, 'year=2025')).json();
    expect(body).toMatchObject({ catalogue: null, items: [], year: 2025 });
  });
});

// Normandie has no catalogue of its own; Occitanie's must not reach its establishments.
const normandie = await createOrgUnitFixture(t.db, { kind: 'region', name: 'Normandie' });
const caen = await createOrgUnitFixture(t.db, {
  kind: 'establishment',
  parentId: normandie.id,
  category: 'ch',
  capacities: [{ year: 2025, beds: 300, places: 20 }],
});
async function login(role: 'ars-officer' | 'quality-manager', orgUnitId: string): Promise<Session> {
  const user = await createUserFixture(t.db, { role, orgUnitId });
  return t.login(user.email, user.password);
}
const officer = await login('ars-officer', normandie.id);
const quality = await login('quality-manager', caen.id);

describe('a catalogue named for an establishment of another region', () => {
  const base = `/api/establishments/${caen.id}`;
  const under = `catalogue=${SLUG}`;
  const notFound = { status: 404, code: 'CATALOGUE_NOT_FOUND' };

  it('refuses values and negotiated targets written under it, and stores nothing', async () => {
    const value = await quality.request('PUT', `${base}/indicator-values/CPOM_OS_1/2025?${under}`, {
      body: { value: 12 },
    });
    expect(value.json()).toMatchObject(notFound);
    const rule = { component: null, rule: { shape: 'threshold', comparator: '>=', value: 5 }, reason: 'Avenant' };
    expect(
      (await officer.request('PUT', `${base}/target-overrides/CPOM_OS_1/2025?${under}`, { body: rule })).json(),
    ).toMatchObject(notFound);
    const withdraw = await officer.request('DELETE', `${base}/target-overrides/CPOM_OS_1/2025?${under}`, {
      headers: { 'if-match': '"1"' },
    });
    expect(withdraw.json()).toMatchObject(notFound);
    // Unnamed, the catalogue is Normandie's, and there is none: nothing was stored anywhere.
    expect((await quality.request('GET', `${base}/indicator-values`)).json()).toEqual({ items: [] });
    expect((await officer.request('GET', `${base}/target-overrides`)).json()).toEqual({ items: [] });
  });

  it('answers 404 to every read under it', async () => {
    for (const path of ['targets?year=2025&', 'indicator-values?', 'target-overrides?']) {
      expect((await officer.request('GET', `${base}/${path}${under}`)).json()).toMatchObject(notFound);
    }
  });

  it('still serves its own region’s establishments', async () => {
    expect((await director.request('GET', `/api/establishments/${chId}/targets?year=2025&${under}`)).statusCode).toBe(
      200,
    );
    expect((await director.request('GET', `/api/establishments/${chId}/indicator-values?${under}`)).statusCode).toBe(
      200,
    );
  });
});
