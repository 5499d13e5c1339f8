import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database.ts';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, reserveAccountQuery, reserveKeyQuery } from './login-throttle.ts';

const database = await createTestDatabase();
afterAll(() => database.close());

describe('login throttle SQL', () => {
  it('is the reviewed statement', async () => {
    const account = reserveAccountQuery(database.db, '00000000-0000-0000-0000-000000000000', ACCOUNT_THROTTLE).toSQL()
      .sql;
    const key = reserveKeyQuery(database.db, 'ip:192.0.2.1', ADDRESS_THROTTLE).toSQL().sql;
    await expect(`-- reserveAccountQuery\n${account};\n\n-- reserveKeyQuery\n${key};\n`).toMatchFileSnapshot(
      './login-throttle.sql',
    );
  });
});
