import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createUserFixture } from '../../test/factories.ts';
import { createTestApp } from '../../test/test-app.ts';

const t = await createTestApp();

describe('audit trail', () => {
  it('is append-only in the database itself', async () => {
    await createUserFixture(t.db);
    await expect(t.db.execute(sql`UPDATE audit_event SET action = 'forged'`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM audit_event`)).rejects.toThrow();
    await expect(t.db.execute(sql`TRUNCATE audit_event`)).rejects.toThrow();
    const { rows } = await t.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'forged'`);
    expect(rows[0]!.n).toBe(0);
  });

  it('shows the whole trail only to platform admins', async () => {
    const reader = await createUserFixture(t.db, { role: 'quality-manager' });
    const session = await t.login(reader.email, reader.password);
    expect((await session.request('GET', '/api/audit')).statusCode).toBe(404);
    const admin = await createUserFixture(t.db, { role: 'platform-admin' });
    const adminSession = await t.login(admin.email, admin.password);
    const all = (await adminSession.request('GET', '/api/audit?pageSize=5')).json();
    expect(all.items.length).toBe(5);
    expect(all.total).toBeGreaterThan(5);
  });
});
