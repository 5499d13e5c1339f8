import { describe, expect, it } from 'vitest';
import { createTestApp } from './test/test-app.ts';

const t = await createTestApp();

describe('API conventions', () => {
  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    for (const path of [
      '/api/health',
      '/api/auth/login',
      '/api/org-units',
      '/api/org-units/{id}',
      '/api/users',
      '/api/audit',
      '/api/me/tokens',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    const create = document.paths['/api/org-units'].post;
    expect(create.requestBody.content['application/json'].schema.properties).toHaveProperty('finess');
  });

  it('serves the interactive reference', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('/api/openapi.json');
  });

  it('answers unknown API paths with problem+json, and echoes the request id', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['x-request-id']).toBe('trace-42');
    expect(response.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', title: expect.any(String) });
  });
});
