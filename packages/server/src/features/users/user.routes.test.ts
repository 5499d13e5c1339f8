import { describe, expect, it } from 'vitest';
import { createOrgUnitFixture, createUserFixture } from '../../test/factories.ts';
import { createTestApp } from '../../test/test-app.ts';
import { insertGrant } from './grant-role.ts';

const t = await createTestApp();

async function directorSession() {
  const establishment = await createOrgUnitFixture(t.db);
  const director = await createUserFixture(t.db, { role: 'establishment-director', orgUnitId: establishment.id });
  return { session: await t.login(director.email, director.password), establishmentId: establishment.id, director };
}

describe('user administration', () => {
  it('creates an account, grants a role on a unit in scope, and the new user can log in', async () => {
    const { session, establishmentId } = await directorSession();
    const created = await session.request('POST', '/api/users', { body: { email: 'Pilote.Qualite@ch-test.fr', displayName: 'Pilote Qualité', password: 'Pilote-Qualite-2026!' } });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    const granted = await session.request('POST', `/api/users/${user.id}/grants`, { body: { role: 'action-pilot', orgUnitId: establishmentId } });
    expect(granted.statusCode).toBe(201);
    expect(granted.json().grants).toEqual([expect.objectContaining({ role: 'action-pilot', orgUnitId: establishmentId })]);
    const login = await t.login('pilote.qualite@ch-test.fr', 'Pilote-Qualite-2026!');
    expect((await login.request('GET', `/api/org-units/${establishmentId}`)).statusCode).toBe(200);
  });

  it('refuses a duplicate e-mail whatever its case, and a weak password, on their fields', async () => {
    const { session, director } = await directorSession();
    const duplicate = await session.request('POST', '/api/users', { body: { email: director.email.toUpperCase(), displayName: 'Doublon', password: 'Doublon-Compte-2026!' } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'EMAIL_TAKEN', errors: [expect.objectContaining({ path: 'email' })] });
    const weak = await session.request('POST', '/api/users', { body: { email: 'faible@ch-test.fr', displayName: 'Faible', password: 'azerty' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'WEAK_PASSWORD', errors: [expect.objectContaining({ path: 'password' })] });
    const bad = await session.request('POST', '/api/users', { body: { email: 'pas-un-email', displayName: 'X', password: 'Valide-Motdepasse-2026!' } });
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ path: 'email' })] });
  });

  it('refuses to grant outside scope, or to make a platform admin', async () => {
    const { session } = await directorSession();
    const elsewhere = await createOrgUnitFixture(t.db);
    const target = await createUserFixture(t.db, { role: 'reader', orgUnitId: (await createOrgUnitFixture(t.db)).id });
    const fresh = (await session.request('POST', '/api/users', { body: { email: 'nouveau@ch-test.fr', displayName: 'Nouveau', password: 'Premier-Acces-2026!' } })).json();
    const outside = await session.request('POST', `/api/users/${fresh.id}/grants`, { body: { role: 'reader', orgUnitId: elsewhere.id } });
    expect(outside.json()).toMatchObject({ code: 'UNKNOWN_ORG_UNIT', errors: [expect.objectContaining({ path: 'orgUnitId' })] });
    const admin = await session.request('POST', `/api/users/${fresh.id}/grants`, { body: { role: 'platform-admin', orgUnitId: elsewhere.id } });
    expect(admin.statusCode).toBe(403);
    // Someone whose roles all lie elsewhere is not even visible.
    expect((await session.request('GET', `/api/users/${target.id}`)).statusCode).toBe(404);
  });

  it('deactivates with the current version, ends the sessions, and refuses a stale version', async () => {
    const { session, establishmentId } = await directorSession();
    const agent = await createUserFixture(t.db, { role: 'contributor', orgUnitId: establishmentId });
    const agentSession = await t.login(agent.email, agent.password);
    const stale = await session.request('PATCH', `/api/users/${agent.id}`, { body: { active: false }, headers: { 'if-match': '"0"' } });
    expect(stale.statusCode).toBe(412);
    const done = await session.request('PATCH', `/api/users/${agent.id}`, { body: { active: false }, headers: { 'if-match': `"${stale.json().current.version}"` } });
    expect(done.json()).toMatchObject({ active: false });
    expect((await agentSession.request('GET', '/api/auth/session')).statusCode).toBe(401);
    await expect(t.login(agent.email, agent.password)).rejects.toThrow(/401/);
  });

  it('unlocks a locked account', async () => {
    const { session, establishmentId } = await directorSession();
    const agent = await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId });
    for (let i = 0; i < 10; i += 1) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: agent.email, password: 'Mauvais-Secret-1!' } });
    }
    const locked = (await session.request('GET', `/api/users/${agent.id}`)).json();
    expect(locked.lockedUntil).not.toBeNull();
    const unlocked = await session.request('POST', `/api/users/${agent.id}/unlock`);
    expect(unlocked.json().lockedUntil).toBeNull();
    await t.login(agent.email, agent.password);
  });

  it('lets readers list nobody: users.read is required', async () => {
    const reader = await createUserFixture(t.db, { role: 'reader' });
    const session = await t.login(reader.email, reader.password);
    expect((await session.request('GET', '/api/users')).statusCode).toBe(403);
  });

  it('searches users without regard to accents', async () => {
    const { session, establishmentId } = await directorSession();
    await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId, displayName: 'Hélène Lefèvre' });
    const found = (await session.request('GET', '/api/users?q=helene')).json();
    expect(found.items.map((u: { displayName: string }) => u.displayName)).toContain('Hélène Lefèvre');
  });
});

describe('user history', () => {
  it("shows role grants and removals in the user's own history", async () => {
    const { session, establishmentId } = await directorSession();
    const agent = await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId });
    const granted = (await session.request('POST', `/api/users/${agent.id}/grants`, { body: { role: 'contributor', orgUnitId: establishmentId } })).json();
    const grant = granted.grants.find((g: { role: string }) => g.role === 'contributor');
    expect((await session.request('DELETE', `/api/users/${agent.id}/grants/${grant.id}`)).statusCode).toBe(204);
    const history = (await session.request('GET', `/api/audit?entityType=user&entityId=${agent.id}`)).json();
    expect(history.items.map((e: { action: string }) => e.action).slice(0, 2)).toEqual(['revoke', 'grant']);
    expect(history.items[1].after).toMatchObject({ role: 'contributor', orgUnitId: establishmentId });
  });
});

describe('grants outside scope', () => {
  it('cannot remove a role held on a unit outside the administrator scope', async () => {
    const { session, establishmentId } = await directorSession();
    const elsewhere = await createOrgUnitFixture(t.db);
    const agent = await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId });
    const grantId = await insertGrant(t.db, { actor: null, requestId: 'test' }, { userId: agent.id, role: 'reader', orgUnitId: elsewhere.id });
    expect((await session.request('DELETE', `/api/users/${agent.id}/grants/${grantId}`)).statusCode).toBe(404);
    const me = (await session.request('GET', '/api/me')).json();
    expect(me).toMatchObject({ isPlatformAdmin: false, permissions: expect.arrayContaining(['users.write']) });
  });
});
