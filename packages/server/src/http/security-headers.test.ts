import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createUserFixture } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';

const t = await createTestApp();
const behindProxy = await buildApp({ database: t.database, trustProxy: true });
afterAll(() => behindProxy.close());

describe('security headers', () => {
  it('sends a policy without inline script, framing or remote fonts, and no MIME sniffing', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("font-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });

  it('asks for HTTPS for good only when the request came over HTTPS through a trusted proxy', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security'],
    ).toBeUndefined();
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/health', headers: https })).headers['strict-transport-security'],
    ).toBeUndefined();
    expect(
      (await behindProxy.inject({ method: 'GET', url: '/api/health', headers: https })).headers[
        'strict-transport-security'
      ],
    ).toMatch(/^max-age=\d+/);
  });

  it('forbids keeping an authenticated API answer, and a refusal', async () => {
    const user = await createUserFixture(t.db, { role: 'platform-admin' });
    const session = await t.login(user.email, user.password);
    expect((await session.request('GET', '/api/org-units')).headers['cache-control']).toBe('no-store');
    expect((await session.request('GET', '/api/auth/session')).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ method: 'GET', url: '/api/org-units' })).headers['cache-control']).toBe('no-store');
  });
});

describe('the API reference', () => {
  it('is a page with no inline script, its bundle and its document served from here', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      // Either a script loaded from this server, or a data block the browser never runs.
      expect(
        attributes!.includes('src="/') || (attributes!.includes('type="application/json"') && content === ''),
      ).toBe(true);
    }
    expect(page.body).not.toMatch(/https?:\/\//);
    const bundle = await t.app.inject({ method: 'GET', url: '/api/docs/js/scalar.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toContain('javascript');
  });
});
