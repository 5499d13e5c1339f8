import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumQuery, databaseChecksum } from './db-checksum.ts';
import { createOrgUnitFixture, createUserFixture } from './factories.ts';
import { createTestDatabase } from './test-database.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const query = await checksumQuery(database.pool);
const checksum = () => databaseChecksum(database.pool, query);

describe('databaseChecksum', () => {
  it('is stable, and moves when any application row is written, even with the same values', async () => {
    const unit = await createOrgUnitFixture(database.db, { kind: 'region' });
    const before = await checksum();
    expect(await checksum()).toBe(before);
    await database.db.execute(sql`UPDATE org_unit SET name = name WHERE id = ${unit.id}`);
    const rewritten = await checksum();
    expect(rewritten).not.toBe(before);
    await database.db.execute(sql`DELETE FROM role_grant WHERE false`);
    expect(await checksum()).toBe(rewritten);
  });

  it('leaves out what a refused request writes by design: failed sign-ins and sliding expiries', async () => {
    const user = await createUserFixture(database.db);
    const before = await checksum();
    await database.db.execute(sql`UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = ${user.id}`);
    await database.db.execute(sql`UPDATE user_session SET last_seen_at = now()`);
    await database.db.execute(
      sql`INSERT INTO audit_event (action, entity_type, entity_id) VALUES ('login_failed', 'user', ${user.id})`,
    );
    expect(await checksum()).toBe(before);
    await database.db.execute(sql`UPDATE app_user SET display_name = 'Autre' WHERE id = ${user.id}`);
    expect(await checksum()).not.toBe(before);
  });
});
