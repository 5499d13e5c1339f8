import type { LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp, type App } from '../app.ts';
import type { Database } from '../db/database.ts';
import { createTestDatabase } from './test-database.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A signed-in browser: keeps the session cookie and sends the CSRF token. */
export interface Session {
  request(
    method: Method,
    url: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: App;
  database: Database;
  db: Database['db'];
  login(email: string, password: string): Promise<Session>;
}

/** An app on a private database for this test file, closed after its tests. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({ database });
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  return {
    app,
    database,
    db: database.db,
    async login(email, password) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'jalon_session')!;
      return sessionOf(app, cookie.value, (response.json() as { csrfToken: string }).csrfToken);
    },
  };
}

/** A browser holding this session cookie (from a login, or opened directly by a test). */
export function sessionOf(app: App, cookieValue: string, csrfToken: string): Session {
  const header = `jalon_session=${cookieValue}`;
  return {
    cookie: header,
    csrfToken,
    request: (method, url, options = {}) =>
      app.inject({
        method,
        url,
        headers: { cookie: header, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...options.headers },
        ...(options.body === undefined ? {} : { payload: options.body as object }),
      }),
  };
}
