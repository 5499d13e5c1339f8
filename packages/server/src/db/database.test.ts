import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database.ts';
import { connect } from './database.ts';

const database = await createTestDatabase();
const short = connect(database.url, { max: 1, statementTimeoutMs: 50 });
afterAll(async () => {
  await short.close();
  await database.close();
});

describe('connection limits', () => {
  it('sets a statement timeout and an idle-in-transaction timeout on every connection', async () => {
    const { rows } = await database.pool.query<{ statement: string; idle: string }>(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(rows[0]).toEqual({ statement: '1min', idle: '1min' });
  });

  it('has PostgreSQL cancel a statement that runs past it', async () => {
    await expect(short.pool.query('SELECT pg_sleep(30)')).rejects.toMatchObject({ code: '57014' });
  });
});
