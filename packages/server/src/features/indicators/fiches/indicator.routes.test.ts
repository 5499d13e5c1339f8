import { describe, expect, it } from 'vitest';
import { installCatalogues } from '../../../catalogues/install-catalogues.ts';
import { createOrgUnitFixture, createUserFixture } from '../../../test/factories.ts';
import { createTestApp, type Session } from '../../../test/test-app.ts';

const t = await createTestApp();
await installCatalogues(t.db);
const SLUG = 'cpom-occitanie-2025-2029';

const region = await createOrgUnitFixture(t.db, { kind: 'region', name: 'Occitanie' });
const otherRegion = await createOrgUnitFixture(t.db, { kind: 'region', name: 'Normandie' });
const admin = await createUserFixture(t.db, { role: 'platform-admin', orgUnitId: region.id });
const adminSession = await t.login(admin.email, admin.password);
expect(
  (await adminSession.request('PATCH', `/api/catalogues/${SLUG}`, { body: { regionId: region.id } })).statusCode,
).toBe(200);

async function sessionAs(role: 'ars-officer' | 'reader', orgUnitId: string): Promise<Session> {
  const user = await createUserFixture(t.db, { role, orgUnitId, displayName: 'Agent ARS' });
  return t.login(user.email, user.password);
}
const arsOfficer = await sessionAs('ars-officer', region.id);

describe('catalogues', () => {
  it('lists the shipped CPOM annex with its 30 fiches, attached to its region', async () => {
    const response = await arsOfficer.request('GET', '/api/catalogues');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({
        slug: SLUG,
        issuer: 'ARS Occitanie',
        period: { from: 2025, to: 2029 },
        indicatorCount: 30,
        region: { id: region.id, name: 'Occitanie' },
      }),
    ]);
  });

  it('installs a catalogue once: a second installation writes nothing', async () => {
    expect(await installCatalogues(t.db)).toEqual([]);
    expect((await arsOfficer.request('GET', `/api/catalogues/${SLUG}`)).json().indicatorCount).toBe(30);
  });

  it('lets only a platform admin attach a catalogue, and only to a region', async () => {
    expect(
      (await arsOfficer.request('PATCH', `/api/catalogues/${SLUG}`, { body: { regionId: otherRegion.id } })).statusCode,
    ).toBe(403);
    const notRegion = await adminSession.request('PATCH', `/api/catalogues/${SLUG}`, {
      body: { regionId: (await createOrgUnitFixture(t.db, { kind: 'ght', parentId: region.id })).id },
    });
    expect(notRegion.json()).toMatchObject({
      status: 400,
      code: 'NOT_A_REGION',
      errors: [expect.objectContaining({ path: 'regionId' })],
    });
    expect((await arsOfficer.request('GET', `/api/catalogues/${SLUG}`)).json().region.id).toBe(region.id);
  });

  it('answers 404 for an unknown catalogue and 401 without a session', async () => {
    expect((await arsOfficer.request('GET', '/api/catalogues/cpom-inconnu')).json()).toMatchObject({
      status: 404,
      code: 'CATALOGUE_NOT_FOUND',
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/indicators' })).statusCode).toBe(401);
  });
});

describe('GET /api/indicators', () => {
  it('pages through the 30 fiches in the annex order', async () => {
    const first = (await arsOfficer.request('GET', `/api/indicators?catalogue=${SLUG}&pageSize=10`)).json();
    expect(first).toMatchObject({ total: 30, page: 1, pageSize: 10 });
    expect(first.items.map((i: { code: string }) => i.code).slice(0, 9)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `CPOM_CT_${n}`).concat('CPOM_OS_1'),
    );
    const last = (await arsOfficer.request('GET', `/api/indicators?catalogue=${SLUG}&pageSize=10&page=3`)).json();
    expect(last.items.at(-1).code).toBe('CPOM_OS_22');
    const beyond = (await arsOfficer.request('GET', `/api/indicators?catalogue=${SLUG}&pageSize=10&page=9`)).json();
    expect(beyond).toMatchObject({ items: [], total: 30 });
  });

  it('searches code, alias, title and objective without regard to accents or case', async () => {
    const mammo = (await arsOfficer.request('GET', `/api/indicators?catalogue=${SLUG}&q=MAMMO`)).json();
    expect(mammo.items.map((i: { code: string }) => i.code)).toEqual(['CPOM_OS_12']);
    expect(mammo.items[0]).toMatchObject({
      kind: 'components',
      applicability: ['Catégories : CHU et CH'],
      catalogue: { slug: SLUG },
    });
    const alias = (await arsOfficer.request('GET', `/api/indicators?q=${encodeURIComponent('ct_07')}`)).json();
    expect(alias.items.map((i: { code: string }) => i.code)).toEqual(['CPOM_CT_7']);
    expect((await arsOfficer.request('GET', `/api/indicators?q=${encodeURIComponent('100%_')}`)).json().total).toBe(0);
  });

  it('filters on the kind and on the strategic objective, together with the search', async () => {
    const all = (await arsOfficer.request('GET', `/api/indicators?catalogue=${SLUG}&pageSize=200`)).json().items as {
      code: string;
      kind: string;
      objective: string;
    }[];
    const rates = (await arsOfficer.request('GET', `/api/indicators?catalogue=${SLUG}&kind=rate&pageSize=200`)).json();
    expect(rates.total).toBeGreaterThan(0);
    expect(rates.items.map((i: { code: string }) => i.code)).toEqual(
      all.filter((i) => i.kind === 'rate').map((i) => i.code),
    );
    const objective = all.find((i) => i.code === 'CPOM_OS_12')!.objective;
    const serving = (
      await arsOfficer.request(
        'GET',
        `/api/indicators?catalogue=${SLUG}&objective=${encodeURIComponent(objective)}&pageSize=200`,
      )
    ).json();
    expect(serving.items.map((i: { code: string }) => i.code)).toEqual(
      all.filter((i) => i.objective === objective).map((i) => i.code),
    );
    const both = (
      await arsOfficer.request(
        'GET',
        `/api/indicators?catalogue=${SLUG}&objective=${encodeURIComponent(objective)}&kind=components&q=mammo`,
      )
    ).json();
    expect(both.items.map((i: { code: string }) => i.code)).toEqual(['CPOM_OS_12']);
    const unknownKind = await arsOfficer.request('GET', `/api/indicators?kind=colour`);
    expect(unknownKind.json()).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ path: 'querystring.kind' })],
    });
  });

  it('refuses an unknown catalogue and a page size out of bounds', async () => {
    expect((await arsOfficer.request('GET', '/api/indicators?catalogue=cpom-bretagne')).json()).toMatchObject({
      status: 404,
      code: 'CATALOGUE_NOT_FOUND',
    });
    const tooBig = await arsOfficer.request('GET', '/api/indicators?pageSize=1000');
    expect(tooBig.json()).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'querystring.pageSize' })],
    });
  });
});

describe('GET /api/indicators/{code}', () => {
  it('gives the whole fiche with its target table by scope and year', async () => {
    const response = await arsOfficer.request('GET', `/api/indicators/CPOM_OS_1?catalogue=${SLUG}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    const fiche = response.json();
    expect(fiche).toMatchObject({
      code: 'CPOM_OS_1',
      version: 1,
      updatedBy: null,
      definition: { code: 'CPOM_OS_1', measurement: { from: 2025, to: 2029 } },
    });
    expect(fiche.targetTable.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(fiche.targetTable.rows[0].cells).toEqual(['≥ 10 %', '≥ 15 %', '≥ 20 %', '≥ 25 %', '≥ 30 %']);
  });

  it('answers an alias with the canonical fiche, and 404 for an unknown code', async () => {
    expect((await arsOfficer.request('GET', '/api/indicators/CPOM_CT_07')).json().code).toBe('CPOM_CT_7');
    expect((await arsOfficer.request('GET', '/api/indicators/CPOM_OS_99')).json()).toMatchObject({
      status: 404,
      code: 'INDICATOR_NOT_FOUND',
    });
  });
});

describe('editing a fiche', () => {
  async function current(code: string) {
    return (await arsOfficer.request('GET', `/api/indicators/${code}`)).json();
  }

  it('writes a new version that the history keeps, with the old one readable and the change audited', async () => {
    const before = await current('CPOM_OS_3');
    const definition = { ...before.definition, title: `${before.definition.title} (révisé)` };
    const response = await arsOfficer.request('PUT', '/api/indicators/CPOM_OS_3', {
      body: { definition, note: 'Avenant n° 1' },
      headers: { 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json()).toMatchObject({ version: 2, title: definition.title, updatedBy: { name: 'Agent ARS' } });
    const versions = (await arsOfficer.request('GET', '/api/indicators/CPOM_OS_3/versions')).json().items;
    expect(versions).toEqual([
      expect.objectContaining({
        version: 2,
        note: 'Avenant n° 1',
        changedBy: expect.objectContaining({ name: 'Agent ARS' }),
      }),
      expect.objectContaining({ version: 1, changedBy: null }),
    ]);
    expect((await arsOfficer.request('GET', '/api/indicators/CPOM_OS_3/versions/1')).json().definition.title).toBe(
      before.definition.title,
    );
    const audit = (await adminSession.request('GET', `/api/audit?entityType=indicator_definition`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'update', after: expect.objectContaining({ version: 2 }) });
  });

  it('refuses a stale version with the stored one, and an edit without If-Match', async () => {
    const stored = await current('CPOM_OS_4');
    const body = { definition: { ...stored.definition, unit: `${stored.definition.unit} (révisé)` } };
    expect(
      (await arsOfficer.request('PUT', '/api/indicators/CPOM_OS_4', { body, headers: { 'if-match': '"1"' } }))
        .statusCode,
    ).toBe(200);
    const stale = await arsOfficer.request('PUT', '/api/indicators/CPOM_OS_4', {
      body,
      headers: { 'if-match': '"1"' },
    });
    expect(stale.json()).toMatchObject({
      status: 412,
      code: 'VERSION_CONFLICT',
      current: { version: 2, unit: body.definition.unit },
    });
    expect((await arsOfficer.request('PUT', '/api/indicators/CPOM_OS_4', { body })).json()).toMatchObject({
      status: 428,
    });
  });

  it('answers an unchanged fiche with the stored one, writing no version and no audit entry', async () => {
    const stored = await current('CPOM_OS_7');
    const audited = async () =>
      (await adminSession.request('GET', `/api/audit?entityType=indicator_definition`)).json().total as number;
    const auditedBefore = await audited();
    // Same content, keys in another order: still no change.
    const reordered = Object.fromEntries(Object.entries(stored.definition as Record<string, unknown>).reverse());
    const response = await arsOfficer.request('PUT', '/api/indicators/CPOM_OS_7', {
      body: { definition: reordered, note: 'Rien' },
      headers: { 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({ version: 1, updatedBy: null });
    expect((await arsOfficer.request('GET', '/api/indicators/CPOM_OS_7/versions')).json().items).toHaveLength(1);
    expect(await audited()).toBe(auditedBefore);
  });

  it('refuses a fiche that breaks the model, naming each field, and changes nothing', async () => {
    const stored = await current('CPOM_OS_5');
    const broken = { ...stored.definition, targets: [], direction: 'sideways' };
    const response = await arsOfficer.request('PUT', '/api/indicators/CPOM_OS_5', {
      body: { definition: broken },
      headers: { 'if-match': '"1"' },
    });
    expect(response.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['definition.targets', 'definition.direction']),
    );
    const renamed = await arsOfficer.request('PUT', '/api/indicators/CPOM_OS_5', {
      body: { definition: { ...stored.definition, code: 'CPOM_OS_50' } },
      headers: { 'if-match': '"1"' },
    });
    expect(renamed.json()).toMatchObject({
      code: 'CODE_MISMATCH',
      errors: [expect.objectContaining({ path: 'definition.code' })],
    });
    const taken = await arsOfficer.request('PUT', '/api/indicators/CPOM_OS_5', {
      body: { definition: { ...stored.definition, aliases: ['CPOM_OS_6'] } },
      headers: { 'if-match': '"1"' },
    });
    expect(taken.json()).toMatchObject({ code: 'ALIAS_TAKEN' });
    expect((await current('CPOM_OS_5')).version).toBe(1);
  });

  it('lets only the ARS of the catalogue’s region edit it', async () => {
    const stored = await current('CPOM_OS_6');
    const body = { definition: stored.definition };
    const elsewhere = await sessionAs('ars-officer', otherRegion.id);
    expect(
      (await elsewhere.request('PUT', '/api/indicators/CPOM_OS_6', { body, headers: { 'if-match': '"1"' } })).json(),
    ).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const reader = await sessionAs('reader', region.id);
    expect(
      (await reader.request('PUT', '/api/indicators/CPOM_OS_6', { body, headers: { 'if-match': '"1"' } })).statusCode,
    ).toBe(403);
    expect((await current('CPOM_OS_6')).version).toBe(1);
  });
});

describe('OpenAPI', () => {
  it('documents the indicator and target routes', async () => {
    const paths = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/catalogues',
        '/api/indicators',
        '/api/indicators/{code}',
        '/api/indicators/{code}/versions',
        '/api/establishments/{id}/targets',
        '/api/establishments/{id}/indicator-values/{code}/{year}',
      ]),
    );
  });
});
