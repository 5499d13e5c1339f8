import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { apiToken } from '../../db/schema/api-token.table.ts';
import { ACCOUNT_THROTTLE } from '../../security/login-throttle.ts';
import { createUserFixture } from '../../test/factories.ts';
import { createTestApp } from '../../test/test-app.ts';

const t = await createTestApp();

describe('API tokens', () => {
  it('is shown once, works as Bearer with the owner rights, records its use, and stops when revoked', async () => {
    const user = await createUserFixture(t.db, { role: 'reader' });
    const session = await t.login(user.email, user.password);
    const created = await session.request('POST', '/api/me/tokens', { body: { name: 'Import eCARS' } });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json();
    expect(token).toMatch(/^jalon_/);

    const bearer = { authorization: `Bearer ${token}` };
    const unit = await t.app.inject({ method: 'GET', url: `/api/org-units/${user.orgUnitId}`, headers: bearer });
    expect(unit.statusCode).toBe(200);
    // A reader's token cannot write, whatever the route.
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/org-units',
      headers: bearer,
      payload: { kind: 'site', parentId: user.orgUnitId, name: 'Site' },
    });
    expect(write.statusCode).toBe(403);

    const list = (await session.request('GET', '/api/me/tokens')).json();
    expect(list.items).toEqual([expect.objectContaining({ id, name: 'Import eCARS', lastUsedAt: expect.any(String) })]);
    expect(JSON.stringify(list)).not.toContain(token);

    expect((await session.request('DELETE', `/api/me/tokens/${id}`)).statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: `/api/org-units/${user.orgUnitId}`, headers: bearer });
    expect(after.statusCode).toBe(401);
  });

  it("cannot revoke someone else's token", async () => {
    const owner = await createUserFixture(t.db);
    const other = await createUserFixture(t.db);
    const created = (
      await (await t.login(owner.email, owner.password)).request('POST', '/api/me/tokens', { body: { name: 'x' } })
    ).json();
    const response = await (
      await t.login(other.email, other.password)
    ).request('DELETE', `/api/me/tokens/${created.id}`);
    expect(response.statusCode).toBe(404);
  });
});

describe('API token lifetime and origin', () => {
  const DAY = 24 * 3600 * 1000;

  it('expires after 90 days unless another lifetime is chosen, at most 365', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const byDefault = (await session.request('POST', '/api/me/tokens', { body: { name: 'défaut' } })).json();
    expect(new Date(byDefault.expiresAt).getTime() - Date.now()).toBeGreaterThan(89 * DAY);
    expect(new Date(byDefault.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(90 * DAY);
    const short = (
      await session.request('POST', '/api/me/tokens', { body: { name: 'court', expiresInDays: 7 } })
    ).json();
    const listed = (await session.request('GET', '/api/me/tokens'))
      .json()
      .items.find((i: { id: string }) => i.id === short.id);
    expect(listed.expiresAt).toBe(short.expiresAt);
    expect(new Date(short.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(7 * DAY);
    const tooLong = await session.request('POST', '/api/me/tokens', { body: { name: 'long', expiresInDays: 366 } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ errors: [expect.objectContaining({ path: 'expiresInDays' })] });
  });

  it('stops working once expired', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const { id, token } = (await session.request('POST', '/api/me/tokens', { body: { name: 'x' } })).json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(200);
    await t.db
      .update(apiToken)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(apiToken.id, id));
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });

  it('cannot mint tokens nor change the password: only a signed-in person can', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const { token } = (await session.request('POST', '/api/me/tokens', { body: { name: 'x' } })).json();
    const bearer = { authorization: `Bearer ${token}` };
    const minted = await t.app.inject({
      method: 'POST',
      url: '/api/me/tokens',
      headers: bearer,
      payload: { name: 'y' },
    });
    expect(minted.statusCode).toBe(403);
    expect(minted.json()).toMatchObject({ code: 'SESSION_REQUIRED' });
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: bearer,
      payload: { currentPassword: user.password, newPassword: 'Nouveau-Secret-2026!' },
    });
    expect(changed.statusCode).toBe(403);
    expect((await session.request('GET', '/api/me/tokens')).json().items).toHaveLength(1);
  });
});

describe('password change', () => {
  it('refuses a weak password on its field and keeps the old one', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const response = await session.request('POST', '/api/me/password', {
      body: { currentPassword: user.password, newPassword: 'court' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'WEAK_PASSWORD',
      errors: [expect.objectContaining({ path: 'newPassword' })],
    });
    await t.login(user.email, user.password);
  });

  it('refuses a wrong current password', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const response = await session.request('POST', '/api/me/password', {
      body: { currentPassword: 'Autre-Chose-2026!', newPassword: 'Nouveau-Secret-2026!' },
    });
    expect(response.json()).toMatchObject({
      code: 'INVALID_CURRENT_PASSWORD',
      errors: [expect.objectContaining({ path: 'currentPassword' })],
    });
  });

  it('refuses the current password as the new one', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const response = await session.request('POST', '/api/me/password', {
      body: { currentPassword: user.password, newPassword: user.password },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'PASSWORD_UNCHANGED',
      errors: [expect.objectContaining({ path: 'newPassword' })],
    });
  });

  it('refuses a common password that meets the class rules', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const response = await session.request('POST', '/api/me/password', {
      body: { currentPassword: user.password, newPassword: 'Password123!' },
    });
    expect(response.json()).toMatchObject({ code: 'WEAK_PASSWORD', problems: ['TOO_GUESSABLE'] });
  });

  it('delays guesses of the current password like logins, even the right one', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const change = (currentPassword: string) =>
      session.request('POST', '/api/me/password', { body: { currentPassword, newPassword: 'Nouveau-Secret-2026!' } });
    for (let i = 0; i <= ACCOUNT_THROTTLE.freeFailures; i += 1)
      expect((await change('Autre-Chose-2026!')).statusCode).toBe(400);
    const right = await change(user.password);
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.json()).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('stays open to the signed-in owner while strangers delay the logins, and lifts that delay', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const login = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password },
        remoteAddress: '192.0.2.44',
      });
    for (let i = 0; i <= ACCOUNT_THROTTLE.freeFailures; i += 1) await login('Autre-Chose-2026!');
    expect((await login(user.password)).statusCode).toBe(429);
    const change = await session.request('POST', '/api/me/password', {
      body: { currentPassword: user.password, newPassword: 'Nouveau-Secret-2026!' },
    });
    expect(change.statusCode).toBe(204);
    expect((await login('Nouveau-Secret-2026!')).statusCode).toBe(200);
  });

  it('changes it, closes the other sessions and revokes every API token', async () => {
    const user = await createUserFixture(t.db);
    const laptop = await t.login(user.email, user.password);
    const tablet = await t.login(user.email, user.password);
    const { token } = (await laptop.request('POST', '/api/me/tokens', { body: { name: 'x' } })).json();
    const response = await laptop.request('POST', '/api/me/password', {
      body: { currentPassword: user.password, newPassword: 'Nouveau-Secret-2026!' },
    });
    expect(response.statusCode).toBe(204);
    expect((await laptop.request('GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await tablet.request('GET', '/api/auth/session')).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(401);
    expect((await laptop.request('GET', '/api/me/tokens')).json().items).toEqual([]);
    await t.login(user.email, 'Nouveau-Secret-2026!');
  });
});

describe('sessions and profile', () => {
  it('lists my sessions, marks the current one, and revokes another', async () => {
    const user = await createUserFixture(t.db);
    const first = await t.login(user.email, user.password);
    const second = await t.login(user.email, user.password);
    const { items } = (await first.request('GET', '/api/me/sessions')).json();
    expect(items).toHaveLength(2);
    const other = items.find((s: { current: boolean }) => !s.current);
    expect((await first.request('DELETE', `/api/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await second.request('GET', '/api/auth/session')).statusCode).toBe(401);
  });

  it('switches my language', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const response = await session.request('PATCH', '/api/me', { body: { locale: 'en' } });
    expect(response.json()).toMatchObject({ locale: 'en' });
    expect((await session.request('PATCH', '/api/me', { body: { locale: 'de' } })).statusCode).toBe(400);
  });
});

describe('access rules', () => {
  it('cannot register an /api route without a declared rule', async () => {
    const app = await buildApp({ database: t.database });
    expect(() => app.get('/api/unguarded', () => 'open')).toThrow(/declares no access rule/);
    await app.close();
  });
});
