import { describe, expect, it } from 'vitest';
import { createOrgUnitFixture, createUserFixture, makeFiness } from '../../test/factories.ts';
import { createTestApp, type Session } from '../../test/test-app.ts';

const t = await createTestApp();

async function directorOfNewEstablishment(): Promise<{ session: Session; establishmentId: string; ghtId: string }> {
  const establishment = await createOrgUnitFixture(t.db, { kind: 'establishment' });
  const user = await createUserFixture(t.db, { role: 'establishment-director', orgUnitId: establishment.id });
  return {
    session: await t.login(user.email, user.password),
    establishmentId: establishment.id,
    ghtId: establishment.parentId!,
  };
}

const establishmentBody = (parentId: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'establishment',
  parentId,
  name: 'Centre hospitalier de Rodez',
  finess: makeFiness('12'),
  establishment: {
    category: 'ch',
    legalStatus: 'public',
    department: '12',
    capacities: [{ year: new Date().getFullYear(), beds: 620, places: 80 }],
    authorisations: ['emergency', 'maternity'],
  },
  ...overrides,
});

describe('creating units', () => {
  it('creates an establishment with its attributes and derived CPOM tier, and records it in the audit trail', async () => {
    const region = await createOrgUnitFixture(t.db, { kind: 'ght' });
    const admin = await createUserFixture(t.db, { role: 'ars-officer', orgUnitId: region.parentId! });
    const session = await t.login(admin.email, admin.password);
    const response = await session.request('POST', '/api/org-units', { body: establishmentBody(region.id) });
    expect(response.statusCode).toBe(201);
    const unit = response.json();
    expect(response.headers.etag).toBe('"1"');
    expect(unit).toMatchObject({
      kind: 'establishment',
      version: 1,
      establishment: { cpomTier: 'over-500', department: '12' },
    });
    expect(unit.path.map((p: { id: string }) => p.id)).toEqual([region.parentId, region.id]);
    const history = (await session.request('GET', `/api/audit?entityType=org_unit&entityId=${unit.id}`)).json();
    expect(history.items).toEqual([
      expect.objectContaining({ action: 'create', actor: expect.objectContaining({ id: admin.id }), before: null }),
    ]);
  });

  it.each([
    ['a wrong FINESS key', { finess: '310781405' }, 'INVALID_FINESS', 'finess'],
    ['a malformed FINESS', { finess: '31-07814' }, 'INVALID_FINESS', 'finess'],
    ['an unknown parent', { parentId: '00000000-0000-4000-8000-000000000000' }, 'UNKNOWN_PARENT', 'parentId'],
    ['a missing name', { name: '' }, 'VALIDATION_FAILED', 'name'],
    ['a site directly under a region', { kind: 'site', establishment: undefined }, 'ORG_KIND_NOT_ALLOWED', undefined],
  ])(
    'refuses %s, naming the field, and creates nothing',
    async (_label, overrides: Record<string, unknown>, code, field) => {
      const ght = await createOrgUnitFixture(t.db, { kind: 'ght' });
      const admin = await createUserFixture(t.db, { role: 'ars-officer', orgUnitId: ght.parentId! });
      const session = await t.login(admin.email, admin.password);
      const parentId = overrides.kind === 'site' ? ght.parentId! : ght.id;
      const response = await session.request('POST', '/api/org-units', {
        body: establishmentBody(parentId, overrides),
      });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().code).toBe(code);
      if (field)
        expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: field })]));
      const children = (await session.request('GET', `/api/org-units?parent=${ght.id}`)).json();
      expect(children.total).toBe(0);
    },
  );

  it('refuses a FINESS already given to another unit', async () => {
    const { session, ghtId } = await directorOfNewEstablishment();
    const admin = await createUserFixture(t.db, { role: 'platform-admin', orgUnitId: ghtId });
    const adminSession = await t.login(admin.email, admin.password);
    const finess = makeFiness('31');
    expect(
      (await adminSession.request('POST', '/api/org-units', { body: establishmentBody(ghtId, { finess }) })).statusCode,
    ).toBe(201);
    const duplicate = await adminSession.request('POST', '/api/org-units', {
      body: establishmentBody(ghtId, { finess, name: 'Autre' }),
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      code: 'FINESS_TAKEN',
      errors: [expect.objectContaining({ path: 'finess' })],
    });
    expect(session).toBeDefined();
  });
});

describe('scope', () => {
  it('answers 404 outside the caller subtree, and lists only what is inside', async () => {
    const mine = await directorOfNewEstablishment();
    const other = await createOrgUnitFixture(t.db, { kind: 'establishment', name: 'Clinique voisine' });
    expect((await mine.session.request('GET', `/api/org-units/${other.id}`)).statusCode).toBe(404);
    expect((await mine.session.request('GET', `/api/org-units/${mine.establishmentId}`)).statusCode).toBe(200);
    const roots = (await mine.session.request('GET', '/api/org-units')).json();
    expect(roots.items.map((u: { id: string }) => u.id)).toEqual([mine.establishmentId]);
    const search = (await mine.session.request('GET', '/api/org-units?q=voisine')).json();
    expect(search.total).toBe(0);
    const history = await mine.session.request('GET', `/api/audit?entityType=org_unit&entityId=${other.id}`);
    expect(history.statusCode).toBe(404);
  });

  it('searches without regard to accents or case, and filters by kind', async () => {
    const ght = await createOrgUnitFixture(t.db, { kind: 'ght' });
    await createOrgUnitFixture(t.db, { kind: 'establishment', parentId: ght.id, name: 'Hôpital Pierre-Paul Riquet' });
    await createOrgUnitFixture(t.db, {
      kind: 'establishment',
      parentId: ght.id,
      name: 'Centre hospitalier de Béziers',
    });
    const user = await createUserFixture(t.db, { role: 'ght-coordinator', orgUnitId: ght.id });
    const session = await t.login(user.email, user.password);
    const found = (await session.request('GET', '/api/org-units?q=HOPITAL%20pierre')).json();
    expect(found.items.map((u: { name: string }) => u.name)).toEqual(['Hôpital Pierre-Paul Riquet']);
    const beziers = (await session.request('GET', '/api/org-units?q=beziers&kind=establishment')).json();
    expect(beziers.total).toBe(1);
    const paged = (await session.request('GET', `/api/org-units?parent=${ght.id}&pageSize=1&page=2`)).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(paged.items).toHaveLength(1);
  });
});

describe('editing with versions', () => {
  it('updates with the current version, and refuses a stale one with the other version', async () => {
    const { session, establishmentId } = await directorOfNewEstablishment();
    const first = await session.request('PATCH', `/api/org-units/${establishmentId}`, {
      body: { name: 'CH Nouveau nom' },
      headers: { 'if-match': '"1"' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await session.request('PATCH', `/api/org-units/${establishmentId}`, {
      body: { name: 'Autre nom' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', current: { name: 'CH Nouveau nom', version: 2 } });
    const missing = await session.request('PATCH', `/api/org-units/${establishmentId}`, {
      body: { name: 'Sans version' },
    });
    expect(missing.statusCode).toBe(428);
    const history = (await session.request('GET', `/api/audit?entityType=org_unit&entityId=${establishmentId}`)).json();
    expect(history.items[0]).toMatchObject({
      action: 'update',
      before: { name: expect.any(String) },
      after: { name: 'CH Nouveau nom' },
    });
  });

  it('moves a unit, and refuses a move that would create a cycle', async () => {
    const { session, establishmentId } = await directorOfNewEstablishment();
    const pole = (
      await session.request('POST', '/api/org-units', {
        body: { kind: 'grouping', parentId: establishmentId, name: 'Pôle médecine' },
      })
    ).json();
    const sub = (
      await session.request('POST', '/api/org-units', { body: { kind: 'grouping', parentId: pole.id, name: 'DMU' } })
    ).json();
    const unit = (
      await session.request('POST', '/api/org-units', {
        body: { kind: 'unit', parentId: pole.id, name: 'Cardiologie' },
      })
    ).json();
    const moved = await session.request('POST', `/api/org-units/${unit.id}/move`, {
      body: { parentId: sub.id },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().parentId).toBe(sub.id);
    const cycle = await session.request('POST', `/api/org-units/${pole.id}/move`, {
      body: { parentId: sub.id },
      headers: { 'if-match': '"1"' },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().code).toBe('ORG_CYCLE');
    expect((await session.request('GET', `/api/org-units/${pole.id}`)).json().parentId).toBe(establishmentId);
  });

  it('deletes a leaf with its version, and refuses to delete a unit with children', async () => {
    const { session, establishmentId } = await directorOfNewEstablishment();
    const site = (
      await session.request('POST', '/api/org-units', {
        body: { kind: 'site', parentId: establishmentId, name: 'Site Nord' },
      })
    ).json();
    await session.request('POST', '/api/org-units', { body: { kind: 'unit', parentId: site.id, name: 'Urgences' } });
    const refused = await session.request('DELETE', `/api/org-units/${site.id}`, { headers: { 'if-match': '"1"' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ORG_HAS_CHILDREN');
    const leaf = (
      await session.request('POST', '/api/org-units', {
        body: { kind: 'site', parentId: establishmentId, name: 'Site Sud' },
      })
    ).json();
    expect(
      (await session.request('DELETE', `/api/org-units/${leaf.id}`, { headers: { 'if-match': '"1"' } })).statusCode,
    ).toBe(204);
    expect((await session.request('GET', `/api/org-units/${leaf.id}`)).statusCode).toBe(404);
  });

  it('refuses to delete a unit on which someone still holds a role, and keeps it', async () => {
    const { session, establishmentId } = await directorOfNewEstablishment();
    const site = (
      await session.request('POST', '/api/org-units', {
        body: { kind: 'site', parentId: establishmentId, name: 'Site Est' },
      })
    ).json();
    await createUserFixture(t.db, { role: 'reader', orgUnitId: site.id });
    const refused = await session.request('DELETE', `/api/org-units/${site.id}`, { headers: { 'if-match': '"1"' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('ORG_IN_USE');
    expect((await session.request('GET', `/api/org-units/${site.id}`)).statusCode).toBe(200);
  });

  it('returns a whole subtree in one call', async () => {
    const { session, establishmentId } = await directorOfNewEstablishment();
    const site = (
      await session.request('POST', '/api/org-units', {
        body: { kind: 'site', parentId: establishmentId, name: 'Site' },
      })
    ).json();
    await session.request('POST', '/api/org-units', { body: { kind: 'unit', parentId: site.id, name: 'Unité' } });
    const tree = (await session.request('GET', `/api/org-units/${establishmentId}/subtree`)).json();
    expect(tree.items.map((i: { depth: number }) => i.depth).sort()).toEqual([0, 1, 2]);
  });
});

describe('private establishments and GHTs', () => {
  it('refuses to make a GHT member of a private clinic, by creation or by a change of status', async () => {
    const { session, establishmentId, ghtId } = await directorOfNewEstablishment();
    const admin = await createUserFixture(t.db, { role: 'platform-admin', orgUnitId: ghtId });
    const adminSession = await t.login(admin.email, admin.password);
    const body = establishmentBody(ghtId, {
      establishment: { category: 'clinic', legalStatus: 'private-for-profit', department: '31' },
    });
    const created = await adminSession.request('POST', '/api/org-units', { body });
    expect(created.statusCode).toBe(400);
    expect(created.json().code).toBe('ORG_PRIVATE_GHT_MEMBER');
    const version = (await session.request('GET', `/api/org-units/${establishmentId}`)).json().version;
    const changed = await session.request('PATCH', `/api/org-units/${establishmentId}`, {
      body: { establishment: { category: 'clinic', legalStatus: 'private-for-profit', department: '31' } },
      headers: { 'if-match': `"${version}"` },
    });
    expect(changed.json().code).toBe('ORG_PRIVATE_GHT_MEMBER');
    expect((await session.request('GET', `/api/org-units/${establishmentId}`)).json().establishment.legalStatus).toBe(
      'public',
    );
  });
});

describe('GHT associations', () => {
  async function clinicInRegion() {
    const region = await createOrgUnitFixture(t.db, { kind: 'region' });
    const clinic = await createOrgUnitFixture(t.db, { kind: 'establishment', parentId: region.id, category: 'clinic' });
    const ght = await createOrgUnitFixture(t.db, { kind: 'ght', parentId: region.id });
    const director = await createUserFixture(t.db, { role: 'establishment-director', orgUnitId: clinic.id });
    const officer = await createUserFixture(t.db, { role: 'ars-officer', orgUnitId: region.id });
    return {
      clinicId: clinic.id,
      ghtId: ght.id,
      director: await t.login(director.email, director.password),
      officer: await t.login(officer.email, officer.password),
    };
  }
  const associate = async (session: Session, clinicId: string, associatedGhtIds: string[]) => {
    const version = (await session.request('GET', `/api/org-units/${clinicId}`)).json().version;
    return session.request('PATCH', `/api/org-units/${clinicId}`, {
      body: {
        establishment: { category: 'clinic', legalStatus: 'private-for-profit', department: '31', associatedGhtIds },
      },
      headers: { 'if-match': `"${version}"` },
    });
  };

  it('associates a GHT the writer can see, and lets the director keep an association he cannot see', async () => {
    const { clinicId, ghtId, director, officer } = await clinicInRegion();
    expect((await associate(officer, clinicId, [ghtId])).json().establishment.associatedGhts).toEqual([
      expect.objectContaining({ id: ghtId }),
    ]);
    const kept = await associate(director, clinicId, [ghtId]);
    expect(kept.statusCode).toBe(200);
    expect(kept.json().establishment.associatedGhts).toEqual([expect.objectContaining({ id: ghtId })]);
  });

  it('answers a GHT of another region as it answers one that does not exist', async () => {
    const { clinicId, director, officer } = await clinicInRegion();
    const foreign = await createOrgUnitFixture(t.db, { kind: 'ght' });
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const session of [director, officer]) {
      const outside = await associate(session, clinicId, [foreign.id]);
      const absent = await associate(session, clinicId, [missing]);
      expect(outside.statusCode).toBe(absent.statusCode);
      expect(outside.json()).toMatchObject({
        code: 'UNKNOWN_GHT',
        errors: [expect.objectContaining({ path: 'establishment.associatedGhtIds' })],
      });
      const { instance: _a, ...outsideBody } = outside.json();
      const { instance: _b, ...absentBody } = absent.json();
      expect(outsideBody).toEqual(absentBody);
    }
    const { rows } = await t.database.pool.query('SELECT ght_id FROM ght_association WHERE establishment_id = $1', [
      clinicId,
    ]);
    expect(rows).toEqual([]);
  });
});

describe('writes outside scope', () => {
  it('answers 404 to reading the subtree, editing, moving or deleting a unit of another establishment, and changes nothing', async () => {
    const mine = await directorOfNewEstablishment();
    const other = await createOrgUnitFixture(t.db, { kind: 'establishment', name: 'CH voisin' });
    const headers = { 'if-match': '"1"' };
    expect((await mine.session.request('GET', `/api/org-units/${other.id}/subtree`)).statusCode).toBe(404);
    expect(
      (await mine.session.request('PATCH', `/api/org-units/${other.id}`, { body: { name: 'Pris' }, headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await mine.session.request('POST', `/api/org-units/${other.id}/move`, {
          body: { parentId: mine.establishmentId },
          headers,
        })
      ).statusCode,
    ).toBe(404);
    expect((await mine.session.request('DELETE', `/api/org-units/${other.id}`, { headers })).statusCode).toBe(404);
    const moveIn = await mine.session.request('POST', `/api/org-units/${mine.establishmentId}/move`, {
      body: { parentId: other.id },
      headers,
    });
    expect(moveIn.json()).toMatchObject({
      code: 'UNKNOWN_PARENT',
      errors: [expect.objectContaining({ path: 'parentId' })],
    });
    const { rows } = await t.database.pool.query('SELECT name, version FROM org_unit WHERE id = $1', [other.id]);
    expect(rows[0]).toEqual({ name: 'CH voisin', version: 1 });
  });

  it('refuses writes to a reader even inside scope', async () => {
    const establishment = await createOrgUnitFixture(t.db);
    const reader = await createUserFixture(t.db, { role: 'reader', orgUnitId: establishment.id });
    const session = await t.login(reader.email, reader.password);
    const response = await session.request('PATCH', `/api/org-units/${establishment.id}`, {
      body: { name: 'Renommé' },
      headers: { 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });
});
