import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createOrgUnitFixture, createUserFixture } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { ancestorsOf } from './org-scope.ts';

const t = await createTestApp();

// Moves refuse cycles; this one is written behind the API's back, as a hand edit or a damaged restore would.
const establishment = await createOrgUnitFixture(t.db, { kind: 'establishment' });
const ghtId = establishment.parentId!;
const officer = await createUserFixture(t.db, { role: 'ars-officer', orgUnitId: ghtId });
const session = await t.login(officer.email, officer.password);
await t.db.execute(sql`UPDATE org_unit SET parent_id = ${establishment.id} WHERE id = ${ghtId}`);

describe('a tree that loops', () => {
  it('gives each ancestor once', async () => {
    expect((await ancestorsOf(t.db, establishment.id)).map((u) => u.id)).toEqual([establishment.id, ghtId]);
  });

  it('still answers reads of the unit, its subtree, the lists and the accounts in scope', async () => {
    expect((await session.request('GET', `/api/org-units/${establishment.id}`)).statusCode).toBe(200);
    const subtree = await session.request('GET', `/api/org-units/${ghtId}/subtree`);
    expect(subtree.statusCode).toBe(200);
    expect(
      subtree
        .json()
        .items.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([establishment.id, ghtId].sort());
    const list = await session.request('GET', `/api/org-units?kind=establishment`);
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([establishment.id]);
    const users = await session.request('GET', '/api/users');
    expect(users.statusCode).toBe(200);
    expect(users.json().items.map((u: { id: string }) => u.id)).toContain(officer.id);
  });
});
