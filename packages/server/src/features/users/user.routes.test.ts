import { describe, expect, it } from 'vitest';
import { createOrgUnitFixture, createUserFixture } from '../../test/factories.ts';
import { createTestApp } from '../../test/test-app.ts';
import type { Role } from '@jalon/domain/access/roles';
import { systemContext } from '../../access/actor.ts';
import { createUser } from './create-user.ts';
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
    const created = await session.request('POST', '/api/users', {
      body: { email: 'Pilote.Qualite@ch-test.fr', displayName: 'Pilote Qualité', password: 'Pilote-Qualite-2026!' },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    const granted = await session.request('POST', `/api/users/${user.id}/grants`, {
      body: { role: 'action-pilot', orgUnitId: establishmentId },
    });
    expect(granted.statusCode).toBe(201);
    expect(granted.json().grants).toEqual([
      expect.objectContaining({ role: 'action-pilot', orgUnitId: establishmentId }),
    ]);
    const login = await t.login('pilote.qualite@ch-test.fr', 'Pilote-Qualite-2026!');
    expect((await login.request('GET', `/api/org-units/${establishmentId}`)).statusCode).toBe(200);
  });

  it('refuses a duplicate e-mail whatever its case, and a weak password, on their fields', async () => {
    const { session, director } = await directorSession();
    const duplicate = await session.request('POST', '/api/users', {
      body: { email: director.email.toUpperCase(), displayName: 'Doublon', password: 'Doublon-Compte-2026!' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      code: 'EMAIL_TAKEN',
      errors: [expect.objectContaining({ path: 'email' })],
    });
    const weak = await session.request('POST', '/api/users', {
      body: { email: 'faible@ch-test.fr', displayName: 'Faible', password: 'azerty' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({
      code: 'WEAK_PASSWORD',
      errors: [expect.objectContaining({ path: 'password' })],
    });
    const bad = await session.request('POST', '/api/users', {
      body: { email: 'pas-un-email', displayName: 'X', password: 'Valide-Motdepasse-2026!' },
    });
    expect(bad.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: 'email' })],
    });
  });

  it('refuses to grant outside scope, or to make a platform admin', async () => {
    const { session } = await directorSession();
    const elsewhere = await createOrgUnitFixture(t.db);
    const target = await createUserFixture(t.db, { role: 'reader', orgUnitId: (await createOrgUnitFixture(t.db)).id });
    const fresh = (
      await session.request('POST', '/api/users', {
        body: { email: 'nouveau@ch-test.fr', displayName: 'Nouveau', password: 'Premier-Acces-2026!' },
      })
    ).json();
    const outside = await session.request('POST', `/api/users/${fresh.id}/grants`, {
      body: { role: 'reader', orgUnitId: elsewhere.id },
    });
    expect(outside.json()).toMatchObject({
      code: 'UNKNOWN_ORG_UNIT',
      errors: [expect.objectContaining({ path: 'orgUnitId' })],
    });
    const admin = await session.request('POST', `/api/users/${fresh.id}/grants`, {
      body: { role: 'platform-admin', orgUnitId: elsewhere.id },
    });
    expect(admin.statusCode).toBe(403);
    // Someone whose roles all lie elsewhere is not even visible.
    expect((await session.request('GET', `/api/users/${target.id}`)).statusCode).toBe(404);
  });

  it('deactivates with the current version, ends the sessions, and refuses a stale version', async () => {
    const { session, establishmentId } = await directorSession();
    const agent = await createUserFixture(t.db, { role: 'contributor', orgUnitId: establishmentId });
    const agentSession = await t.login(agent.email, agent.password);
    const stale = await session.request('PATCH', `/api/users/${agent.id}`, {
      body: { active: false },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.statusCode).toBe(412);
    const done = await session.request('PATCH', `/api/users/${agent.id}`, {
      body: { active: false },
      headers: { 'if-match': `"${stale.json().current.version}"` },
    });
    expect(done.json()).toMatchObject({ active: false });
    expect((await agentSession.request('GET', '/api/auth/session')).statusCode).toBe(401);
    await expect(t.login(agent.email, agent.password)).rejects.toThrow(/401/);
  });

  it('unlocks a locked account', async () => {
    const { session, establishmentId } = await directorSession();
    const agent = await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId });
    for (let i = 0; i < 10; i += 1) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: agent.email, password: 'Mauvais-Secret-1!' },
      });
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

  it('takes the wildcards typed in a search literally: q=% finds only names holding a %', async () => {
    const { session, establishmentId } = await directorSession();
    await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId, displayName: 'Taux 100 % atteint' });
    await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId, displayName: 'Jean_Dupont' });
    const names = async (q: string) =>
      (
        (await session.request('GET', `/api/users?q=${encodeURIComponent(q)}`)).json() as {
          items: { displayName: string }[];
        }
      ).items.map((u) => u.displayName);
    expect(await names('%')).toEqual(['Taux 100 % atteint']);
    expect(await names('_')).toEqual(['Jean_Dupont']);
  });
});

describe('user history', () => {
  it("shows role grants and removals in the user's own history", async () => {
    const { session, establishmentId } = await directorSession();
    const agent = await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId });
    const granted = (
      await session.request('POST', `/api/users/${agent.id}/grants`, {
        body: { role: 'contributor', orgUnitId: establishmentId },
      })
    ).json();
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
    const grantId = await insertGrant(t.db, systemContext('test fixtures', 'test'), {
      userId: agent.id,
      role: 'reader',
      orgUnitId: elsewhere.id,
    });
    expect((await session.request('DELETE', `/api/users/${agent.id}/grants/${grantId}`)).statusCode).toBe(404);
    const me = (await session.request('GET', '/api/me')).json();
    expect(me).toMatchObject({ isPlatformAdmin: false, permissions: expect.arrayContaining(['users.write']) });
  });
});

async function sessionOf(role: Role, orgUnitId: string) {
  const user = await createUserFixture(t.db, { role, orgUnitId });
  return { ...user, session: await t.login(user.email, user.password) };
}

describe('the role ladder', () => {
  it('refuses a director the ARS officer role on his own establishment, and leaves him without it', async () => {
    const { session, establishmentId, director } = await directorSession();
    const granted = await session.request('POST', `/api/users/${director.id}/grants`, {
      body: { role: 'ars-officer', orgUnitId: establishmentId },
    });
    expect(granted.statusCode).toBe(403);
    expect(granted.json()).toMatchObject({ code: 'FORBIDDEN', errors: [expect.objectContaining({ path: 'role' })] });
    const me = (await session.request('GET', '/api/me')).json();
    expect(me.grants.map((g: { role: string }) => g.role)).toEqual(['establishment-director']);
    expect(me.permissions).not.toContain('catalogue.write');
  });

  it('lets a director appoint a quality manager, a role within his own rights', async () => {
    const { session, establishmentId } = await directorSession();
    const agent = await createUserFixture(t.db, { role: 'reader', orgUnitId: establishmentId });
    const granted = await session.request('POST', `/api/users/${agent.id}/grants`, {
      body: { role: 'quality-manager', orgUnitId: establishmentId },
    });
    expect(granted.statusCode).toBe(201);
  });

  it('refuses an ARS officer the removal of a director grant, a role with rights the ARS does not hold', async () => {
    const region = await createOrgUnitFixture(t.db, { kind: 'region' });
    const establishment = await createOrgUnitFixture(t.db, { parentId: region.id });
    const officer = await sessionOf('ars-officer', region.id);
    const director = await createUserFixture(t.db, { role: 'establishment-director', orgUnitId: establishment.id });
    const [grant] = (await officer.session.request('GET', `/api/users/${director.id}`)).json().grants;
    const removed = await officer.session.request('DELETE', `/api/users/${director.id}/grants/${grant.id}`);
    expect(removed.statusCode).toBe(403);
    expect((await officer.session.request('GET', `/api/users/${director.id}`)).json().grants).toHaveLength(1);
  });
});

describe('acting on a more powerful person', () => {
  it('refuses a director to deactivate or unlock a platform admin who also holds a role in his establishment', async () => {
    const { session, establishmentId } = await directorSession();
    const admin = await createUserFixture(t.db, {
      role: 'platform-admin',
      orgUnitId: (await createOrgUnitFixture(t.db, { kind: 'region' })).id,
    });
    await insertGrant(t.db, systemContext('test fixtures', 'test'), {
      userId: admin.id,
      role: 'reader',
      orgUnitId: establishmentId,
    });
    const version = (await session.request('GET', `/api/users/${admin.id}`)).json().version;
    const patched = await session.request('PATCH', `/api/users/${admin.id}`, {
      body: { active: false },
      headers: { 'if-match': `"${version}"` },
    });
    expect(patched.statusCode).toBe(403);
    expect((await session.request('POST', `/api/users/${admin.id}/unlock`)).statusCode).toBe(403);
    const { rows } = await t.database.pool.query('SELECT active FROM app_user WHERE id = $1', [admin.id]);
    expect(rows[0]).toEqual({ active: true });
  });

  it('refuses an ARS officer the removal of a platform-admin grant', async () => {
    const region = await createOrgUnitFixture(t.db, { kind: 'region' });
    const officer = await sessionOf('ars-officer', region.id);
    const admin = await createUserFixture(t.db, { role: 'platform-admin', orgUnitId: region.id });
    const [grant] = (await officer.session.request('GET', `/api/users/${admin.id}`)).json().grants;
    expect((await officer.session.request('DELETE', `/api/users/${admin.id}/grants/${grant.id}`)).statusCode).toBe(403);
    const { rows } = await t.database.pool.query('SELECT role FROM role_grant WHERE id = $1', [grant.id]);
    expect(rows).toEqual([{ role: 'platform-admin' }]);
  });

  it('refuses to edit someone who also holds a role outside the administrator scope, and to give them more', async () => {
    const { session, establishmentId } = await directorSession();
    const agent = await createUserFixture(t.db, { role: 'contributor', orgUnitId: establishmentId });
    await insertGrant(t.db, systemContext('test fixtures', 'test'), {
      userId: agent.id,
      role: 'reader',
      orgUnitId: (await createOrgUnitFixture(t.db)).id,
    });
    const version = (await session.request('GET', `/api/users/${agent.id}`)).json().version;
    const patched = await session.request('PATCH', `/api/users/${agent.id}`, {
      body: { displayName: 'Renommé' },
      headers: { 'if-match': `"${version}"` },
    });
    expect(patched.statusCode).toBe(403);
    const granted = await session.request('POST', `/api/users/${agent.id}/grants`, {
      body: { role: 'action-pilot', orgUnitId: establishmentId },
    });
    expect(granted.statusCode).toBe(403);
  });

  it('lets an ARS officer deactivate a director of its region', async () => {
    const region = await createOrgUnitFixture(t.db, { kind: 'region' });
    const officer = await sessionOf('ars-officer', region.id);
    const director = await createUserFixture(t.db, {
      role: 'establishment-director',
      orgUnitId: (await createOrgUnitFixture(t.db, { parentId: region.id })).id,
    });
    const version = (await officer.session.request('GET', `/api/users/${director.id}`)).json().version;
    const patched = await officer.session.request('PATCH', `/api/users/${director.id}`, {
      body: { active: false },
      headers: { 'if-match': `"${version}"` },
    });
    expect(patched.json()).toMatchObject({ active: false });
  });
});

describe('accounts without a role', () => {
  it('are seen and edited by their creator and the platform admins only', async () => {
    const creator = await directorSession();
    const neighbour = await directorSession();
    const officer = await sessionOf('ars-officer', (await createOrgUnitFixture(t.db, { kind: 'region' })).id);
    const admin = await sessionOf('platform-admin', (await createOrgUnitFixture(t.db, { kind: 'region' })).id);
    const created = (
      await creator.session.request('POST', '/api/users', {
        body: { email: 'sans.role@ch-test.fr', displayName: 'Sans Rôle', password: 'Sans-Role-Compte-2026!' },
      })
    ).json();
    expect((await creator.session.request('GET', `/api/users/${created.id}`)).statusCode).toBe(200);
    expect((await admin.session.request('GET', `/api/users/${created.id}`)).statusCode).toBe(200);
    for (const other of [neighbour.session, officer.session]) {
      expect((await other.request('GET', `/api/users/${created.id}`)).statusCode).toBe(404);
      expect((await other.request('GET', '/api/users?q=sans.role')).json().items).toEqual([]);
      expect(
        (
          await other.request('PATCH', `/api/users/${created.id}`, {
            body: { active: false },
            headers: { 'if-match': '"1"' },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await other.request('POST', `/api/users/${created.id}/grants`, {
            body: { role: 'reader', orgUnitId: neighbour.establishmentId },
          })
        ).statusCode,
      ).toBe(404);
    }
  });

  it('created with no one behind them (command line) are the platform admins’ alone', async () => {
    const { session } = await directorSession();
    const admin = await sessionOf('platform-admin', (await createOrgUnitFixture(t.db, { kind: 'region' })).id);
    const id = await createUser(t.db, systemContext('test fixtures', 'test'), {
      email: 'cli@ch-test.fr',
      displayName: 'Ligne de commande',
      password: 'Ligne-Commande-2026!',
      locale: 'fr',
    });
    expect((await session.request('GET', `/api/users/${id}`)).statusCode).toBe(404);
    expect((await admin.session.request('GET', `/api/users/${id}`)).statusCode).toBe(200);
  });
});

describe('account enumeration', () => {
  it('refuses an address taken in another region exactly as one taken in scope, naming no one', async () => {
    const { session, director } = await directorSession();
    const stranger = await createUserFixture(t.db, { role: 'reader', displayName: 'Personne Ailleurs' });
    const attempt = (email: string) =>
      session.request('POST', '/api/users', {
        body: { email, displayName: 'Nouvelle Personne', password: 'Nouvelle-Personne-2026!' },
      });
    const visible = await attempt(director.email);
    const hidden = await attempt(stranger.email);
    expect(hidden.statusCode).toBe(visible.statusCode);
    const { instance: _v, ...visibleBody } = visible.json();
    const { instance: _h, ...hiddenBody } = hidden.json();
    expect(hiddenBody).toEqual(visibleBody);
    expect(hidden.body).not.toContain(stranger.id);
    expect(hidden.body).not.toContain('Personne Ailleurs');
  });
});

describe('a person with roles in two regions', () => {
  it('is shown to each region with only the roles held there, in the list and the detail', async () => {
    const here = await createOrgUnitFixture(t.db);
    const elsewhere = await createOrgUnitFixture(t.db, { name: 'Centre hospitalier d’ailleurs' });
    const person = await createUserFixture(t.db, { role: 'cme-chair', orgUnitId: here.id });
    await insertGrant(t.db, systemContext('test fixtures', 'test'), {
      userId: person.id,
      role: 'reader',
      orgUnitId: elsewhere.id,
    });
    const director = await createUserFixture(t.db, { role: 'establishment-director', orgUnitId: here.id });
    const session = await t.login(director.email, director.password);
    const detail = await session.request('GET', `/api/users/${person.id}`);
    expect(detail.json().grants).toEqual([expect.objectContaining({ role: 'cme-chair', orgUnitId: here.id })]);
    expect(detail.body).not.toContain(elsewhere.id);
    const list = await session.request('GET', `/api/users?q=${encodeURIComponent(person.email)}`);
    expect(list.json().items).toEqual([expect.objectContaining({ id: person.id })]);
    expect(list.body).not.toContain(elsewhere.id);
  });
});
