import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { userSession } from '../../db/schema/session.table.ts';
import { createUserFixture } from '../../test/factories.ts';
import { createTestApp } from '../../test/test-app.ts';

const t = await createTestApp();

describe('login', () => {
  it('opens a session with a protected cookie and returns the user and a CSRF token', async () => {
    const user = await createUserFixture(t.db, { role: 'quality-manager' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'jalon_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const body = response.json();
    expect(body.user).toMatchObject({
      email: user.email,
      permissions: expect.arrayContaining(['org.read', 'audit.read']),
    });
    expect(body.user.grants[0]).toMatchObject({ role: 'quality-manager', orgUnitId: user.orgUnitId });
    expect(body.csrfToken).toHaveLength(32);
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const { buildApp } = await import('../../app.ts');
    const app = await buildApp({ database: t.database, trustProxy: ['127.0.0.1'] });
    const user = await createUserFixture(t.db);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: user.email, password: user.password },
    });
    expect(response.cookies.find((c) => c.name === 'jalon_session')!.secure).toBe(true);
    await app.close();
  });

  it('refuses a wrong password with a problem document', async () => {
    const user = await createUserFixture(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'Nope-2026-nope!' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
  });

  it('validates the body and names the field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x@y.fr' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'password' })],
    });
  });

  it('refuses a body over the size limit', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.fr', password: 'x'.repeat(2_000_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});

describe('sessions', () => {
  it('requires a session on protected routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('says when a session has expired', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    await t.db
      .update(userSession)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(userSession.userId, user.id));
    const response = await session.request('GET', '/api/auth/session');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'SESSION_EXPIRED' });
  });

  it('refuses a state change without the CSRF token', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'CSRF_INVALID' });
    expect((await session.request('GET', '/api/auth/session')).statusCode).toBe(200);
  });

  it('logs out: the cookie no longer opens anything', async () => {
    const user = await createUserFixture(t.db);
    const session = await t.login(user.email, user.password);
    expect((await session.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await session.request('GET', '/api/auth/session')).statusCode).toBe(401);
  });
});
