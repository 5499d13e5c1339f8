import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { connect } from '../../db/database.ts';
import { createTestApp } from '../../test/test-app.ts';

describe('GET /api/health', () => {
  it('reports the database and the version', async () => {
    const { app } = await createTestApp();
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('answers 503 when the database is unreachable', async () => {
    const database = connect('postgres://nobody:secret@127.0.0.1:1/none');
    const app = await buildApp({ database });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'degraded', database: 'unreachable' });
    await app.close();
    await database.close();
  });
});
