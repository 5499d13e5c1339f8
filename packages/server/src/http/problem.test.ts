import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createTestApp } from '../test/test-app.ts';

const t = await createTestApp();
const webRoot = mkdtempSync(path.join(tmpdir(), 'jalon-web-'));
mkdirSync(path.join(webRoot, 'assets'));
writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Jalon</title>');
writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'export {};');
const withWeb = await buildApp({ database: t.database, webRoot });
afterAll(async () => {
  await withWeb.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('refusals from the framework', () => {
  it.each([
    ['a doubled slash', '//'],
    ['an encoded parent directory', '/%2e%2e/'],
    ['an encoded parent directory under the assets', '/assets/%2e%2e/%2e%2e/etc/passwd'],
    ['a NUL character', '/%00'],
    ['a 5,000-character segment', `/${'a'.repeat(5000)}`],
    ['a broken percent-encoding', '/%E0%A4%A'],
    ['a broken percent-encoding in the API', '/api/org-units/%E0%A4%A'],
  ])('answer %s with a client status, as problem+json when refused', async (_label, url) => {
    const response = await withWeb.inject({ method: 'GET', url });
    expect(response.statusCode).toBeLessThan(500);
    if (response.statusCode >= 400) {
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: response.statusCode, code: expect.stringMatching(/^[A-Z_]+$/) });
    }
  });

  it('keeps the status of a framework 4xx with a stable code', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const badUrl = await t.app.inject({ method: 'GET', url: '/api/org-units/%E0%A4%A' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json()).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});
