import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createUserFixture } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { safeError } from './logging.ts';

const t = await createTestApp();
const lines: string[] = [];
const logged = await buildApp({
  database: t.database,
  logger: { level: 'info', stream: { write: (line) => void lines.push(line) } },
});
afterAll(() => logged.close());

describe('what the log may hold', () => {
  it('prints neither the parameters of a failed statement nor the credentials of the request', async () => {
    const admin = await createUserFixture(t.db, { role: 'platform-admin' });
    const login = await logged.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: admin.email, password: admin.password },
    });
    const cookie = `jalon_session=${login.cookies.find((c) => c.name === 'jalon_session')!.value}`;
    const csrfToken = (login.json() as { csrfToken: string }).csrfToken;
    // The account is written, hash and all, then the database refuses it: a 500 from a statement holding a secret.
    await t.db.execute(
      sql`CREATE FUNCTION refuse_accounts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`,
    );
    await t.db.execute(
      sql`CREATE TRIGGER refuse_accounts BEFORE INSERT ON app_user FOR EACH ROW EXECUTE FUNCTION refuse_accounts()`,
    );
    lines.length = 0;
    const password = 'Secret-Password-Never-Logged-42';
    const response = await logged.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: { email: 'secret.person@test.jalon', displayName: 'Personne Secrète', password },
    });
    expect(response.statusCode).toBe(500);
    const log = lines.join('\n');
    expect(log).toContain('unhandled error');
    expect(log).toContain('insert into \\"app_user\\"');
    for (const secret of ['$argon2id', password, 'secret.person@test.jalon', 'Personne Secrète', csrfToken, cookie]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('safeError', () => {
  it('keeps the statement and the SQLSTATE, drops the parameters and the failing row', () => {
    const cause = Object.assign(new Error('null value in column "email"'), {
      code: '23502',
      detail: 'Failing row contains ($argon2id$v=19$secret).',
    });
    const error = Object.assign(
      new Error('Failed query: insert into "app_user" values ($1)\nparams: $argon2id$v=19$secret'),
      {
        query: 'insert into "app_user" values ($1)',
        params: ['$argon2id$v=19$secret'],
        cause,
      },
    );
    const safe = safeError(error);
    expect(JSON.stringify(safe)).not.toContain('secret');
    expect(safe).toMatchObject({
      message: 'Failed query: insert into "app_user" values ($1)',
      query: 'insert into "app_user" values ($1)',
      cause: { code: '23502' },
    });
  });
});
