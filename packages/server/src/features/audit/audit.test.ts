import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createOrgUnitFixture, createUserFixture } from '../../test/factories.ts';
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

  it('names the organisations an entry refers to by id, such as the parent a unit moved from and to', async () => {
    const region = await createOrgUnitFixture(t.db, { kind: 'region', name: 'Occitanie' });
    const establishment = await createOrgUnitFixture(t.db, {
      kind: 'establishment',
      parentId: region.id,
      name: 'CH de Millau',
    });
    const from = await createOrgUnitFixture(t.db, {
      kind: 'grouping',
      parentId: establishment.id,
      name: 'Pôle médecine',
    });
    const to = await createOrgUnitFixture(t.db, {
      kind: 'grouping',
      parentId: establishment.id,
      name: 'Pôle gériatrie',
    });
    const admin = await createUserFixture(t.db, { role: 'platform-admin', orgUnitId: region.id });
    const session = await t.login(admin.email, admin.password);
    const created = await session.request('POST', '/api/org-units', {
      body: { kind: 'unit', parentId: from.id, name: 'Court séjour gériatrique' },
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    const moved = await session.request('POST', `/api/org-units/${unit.id}/move`, {
      body: { parentId: to.id },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.statusCode).toBe(200);
    const history = (await session.request('GET', `/api/audit?entityType=org_unit&entityId=${unit.id}`)).json();
    expect(history.items.map((entry: { action: string }) => entry.action)).toEqual(['move', 'create']);
    expect(history.references).toEqual({ [from.id]: 'Pôle médecine', [to.id]: 'Pôle gériatrie' });
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
