import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../access/actor.ts';
import { buildApp } from '../../app.ts';
import { fastifyTrustProxy } from '../../config.ts';
import { auditEvent } from '../../db/schema/audit-event.table.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE } from '../../security/login-throttle.ts';
import { createUserFixture } from '../../test/factories.ts';
import { createTestApp } from '../../test/test-app.ts';
import { unlockAccount } from './unlock-account.ts';

const t = await createTestApp();

/** Each test speaks from its own address, so that address counts do not leak between tests. */
function newAddress(): string {
  const bytes = randomBytes(2);
  return `198.18.${bytes[0]}.${bytes[1]}`;
}

function attempt(email: string, password: string, remoteAddress: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
}

const unknownEmail = () => `personne-${randomBytes(4).toString('hex')}@test.jalon`;
const WRONG = 'Mauvais-Secret-2026!';

describe('login delays per account', () => {
  it('counts 20 parallel wrong passwords one by one, then delays even the right one', async () => {
    const user = await createUserFixture(t.db);
    const from = newAddress();
    const answers = await Promise.all(Array.from({ length: 20 }, () => attempt(user.email, WRONG, from)));
    const checked = answers.filter((r) => r.statusCode === 401).length;
    // The free failures, plus the first one past them that starts the delay.
    expect(checked).toBe(ACCOUNT_THROTTLE.freeFailures + 1);
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(20 - checked);
    const [row] = await t.db.select().from(appUser).where(eq(appUser.id, user.id));
    expect(row!.failedLogins).toBe(ACCOUNT_THROTTLE.freeFailures + 1);
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());

    const right = await attempt(user.email, user.password, newAddress());
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(ACCOUNT_THROTTLE.firstDelaySeconds);
    expect(right.json()).toMatchObject({ code: 'RATE_LIMITED', retryAfter: Number(right.headers['retry-after']) });
    const locks = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityId, user.id), eq(auditEvent.action, 'lock')));
    expect(locks).toHaveLength(1);
  });

  it('answers an unknown e-mail exactly as an existing account, delay included', async () => {
    const user = await createUserFixture(t.db);
    const run = async (email: string) => {
      const from = newAddress();
      const answers = [];
      for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures + 2; i += 1) {
        const response = await attempt(email, WRONG, from);
        const { retryAfter, ...body } = response.json() as { retryAfter?: number };
        answers.push({ status: response.statusCode, body, delayed: retryAfter !== undefined });
      }
      return answers;
    };
    const known = await run(user.email);
    const unknown = await run(unknownEmail());
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatchObject({ status: 429, delayed: true });
    expect(known.map((a) => a.status)).not.toContain(423);
  });

  it('lets the right password in before the delays and starts the count again', async () => {
    const user = await createUserFixture(t.db);
    const from = newAddress();
    for (let i = 0; i < ACCOUNT_THROTTLE.freeFailures; i += 1)
      expect((await attempt(user.email, WRONG, from)).statusCode).toBe(401);
    expect((await attempt(user.email, user.password, from)).statusCode).toBe(200);
    const [row] = await t.db.select().from(appUser).where(eq(appUser.id, user.id));
    expect(row).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it('is lifted by `jalon user unlock`', async () => {
    const user = await createUserFixture(t.db);
    const from = newAddress();
    for (let i = 0; i <= ACCOUNT_THROTTLE.freeFailures; i += 1) await attempt(user.email, WRONG, from);
    expect((await attempt(user.email, user.password, from)).statusCode).toBe(429);
    await unlockAccount(t.db, systemContext('test fixtures', 'test'), user.email.toUpperCase());
    expect((await attempt(user.email, user.password, from)).statusCode).toBe(200);
  });

  it('does not delay the colleagues behind the same address', async () => {
    const target = await createUserFixture(t.db);
    const colleague = await createUserFixture(t.db);
    const from = newAddress();
    for (let i = 0; i < 25; i += 1) await attempt(target.email, WRONG, from);
    expect((await attempt(colleague.email, colleague.password, from)).statusCode).toBe(200);
  });
});

describe('login delays per address', () => {
  it('delays an address that tries many accounts, not the other addresses', async () => {
    const from = newAddress();
    for (let i = 0; i <= ADDRESS_THROTTLE.freeFailures; i += 1)
      expect((await attempt(unknownEmail(), WRONG, from)).statusCode).toBe(401);
    const user = await createUserFixture(t.db);
    expect((await attempt(user.email, user.password, from)).statusCode).toBe(429);
    expect((await attempt(user.email, user.password, newAddress())).statusCode).toBe(200);
  });

  it('behind one trusted proxy, a rotated X-Forwarded-For neither escapes the delay nor forges the session address', async () => {
    const app = await buildApp({ database: t.database, trustProxy: fastifyTrustProxy(1) });
    const proxy = newAddress();
    const client = newAddress();
    const viaProxy = (email: string, password: string, forwardedFor: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password },
        remoteAddress: proxy,
        headers: { 'x-forwarded-for': forwardedFor },
      });
    for (let i = 0; i <= ADDRESS_THROTTLE.freeFailures; i += 1) {
      expect((await viaProxy(unknownEmail(), WRONG, `10.9.${i}.1, ${client}`)).statusCode).toBe(401);
    }
    const user = await createUserFixture(t.db);
    expect((await viaProxy(user.email, user.password, `10.9.200.1, ${client}`)).statusCode).toBe(429);

    const other = newAddress();
    const login = await viaProxy(user.email, user.password, `203.0.113.66, ${other}`);
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'jalon_session')!;
    const sessions = await app.inject({
      method: 'GET',
      url: '/api/me/sessions',
      headers: { cookie: `jalon_session=${cookie.value}` },
      remoteAddress: proxy,
    });
    expect(sessions.json().items[0].ip).toBe(other);
    await app.close();
  });

  it('ignores X-Forwarded-For from a sender that is not a trusted proxy', async () => {
    const app = await buildApp({ database: t.database, trustProxy: fastifyTrustProxy(['10.0.0.5']) });
    const user = await createUserFixture(t.db);
    const from = newAddress();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
      remoteAddress: from,
      headers: { 'x-forwarded-for': '203.0.113.66', 'x-forwarded-proto': 'https' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'jalon_session')!;
    expect(cookie.secure).toBeFalsy();
    const sessions = await app.inject({
      method: 'GET',
      url: '/api/me/sessions',
      headers: { cookie: `jalon_session=${cookie.value}` },
    });
    expect(sessions.json().items[0].ip).toBe(from);
    await app.close();
  });
});
