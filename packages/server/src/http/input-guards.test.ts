import { describe, expect, it } from 'vitest';
import { installCatalogues } from '../catalogues/install-catalogues.ts';
import { createOrgUnitFixture, createUserFixture } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { nulPaths } from './input-guards.ts';

const t = await createTestApp();
const admin = await createUserFixture(t.db, { role: 'platform-admin' });
const session = await t.login(admin.email, admin.password);

describe('ids written in upper case', () => {
  it('reads the unit, under its stored id', async () => {
    const unit = await createOrgUnitFixture(t.db, { kind: 'ght' });
    const response = await session.request('GET', `/api/org-units/${unit.id.toUpperCase()}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: unit.id, name: unit.name });
  });

  it('saves a change once, answers it, and keeps it in the history of the unit', async () => {
    const unit = await createOrgUnitFixture(t.db, { kind: 'ght' });
    const response = await session.request('PATCH', `/api/org-units/${unit.id.toUpperCase()}`, {
      body: { name: 'GHT renommé' },
      headers: { 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: unit.id, name: 'GHT renommé', version: 2 });
    const history = (
      await session.request('GET', `/api/audit?entityType=org_unit&entityId=${unit.id.toUpperCase()}`)
    ).json();
    expect(history.items).toEqual([
      expect.objectContaining({
        action: 'update',
        entityId: unit.id,
        before: expect.objectContaining({ name: unit.name }),
        after: expect.objectContaining({ name: 'GHT renommé' }),
      }),
    ]);
  });
});

describe('NUL characters', () => {
  it.each([
    ['a query parameter', () => session.request('GET', '/api/org-units?q=a%00b'), 'query.q'],
    ['a path parameter', () => session.request('GET', '/api/indicators/a%00b'), 'params.code'],
    [
      'a JSON string',
      () =>
        session.request('POST', '/api/org-units', {
          body: { kind: 'region', parentId: null, name: 'Occi\u0000tanie' },
        }),
      'name',
    ],
  ])('are refused in %s, naming the field', async (_label, send, path) => {
    const response = await send();
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path, code: 'NUL_CHARACTER' }] });
  });
});

describe('numbers beyond what the database holds', () => {
  it('refuses a version number beyond int32 as a field error', async () => {
    await installCatalogues(t.db);
    const response = await session.request('GET', '/api/indicators/CPOM_OS_3/versions/2147483648');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'params.version' })],
    });
    expect((await session.request('GET', '/api/indicators/CPOM_OS_3/versions/2147483647')).statusCode).toBe(404);
  });
});

describe('CSRF token', () => {
  it('refuses a token of the right length in characters but not in bytes', async () => {
    const unit = await createOrgUnitFixture(t.db, { kind: 'ght' });
    const response = await session.request('PATCH', `/api/org-units/${unit.id}`, {
      body: { name: 'Jamais enregistré' },
      headers: { 'if-match': '"1"', 'x-csrf-token': 'é'.repeat(session.csrfToken.length) },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_INVALID');
  });
});

describe('nulPaths', () => {
  it('finds NUL characters in values and keys at any depth, and nothing in clean input', () => {
    expect(nulPaths({ a: ['ok', 'x\u0000'], 'b\u0000': 1, c: { d: 'y\u0000' } })).toEqual(['a.1', 'b\u0000', 'c.d']);
    expect(nulPaths({ a: ['ok', 1, null, { b: true }] })).toEqual([]);
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`) as unknown;
    expect(nulPaths(deep)).toHaveLength(1);
  });
});
