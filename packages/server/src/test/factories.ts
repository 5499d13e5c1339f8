import { randomBytes } from 'node:crypto';
import { finessCheckDigit } from '@jalon/domain/organisation/finess';
import type { Role } from '@jalon/domain/access/roles';
import type { Authorisation, OrgUnitKind } from '@jalon/domain/organisation/establishment';
import type { Db } from '../db/database.ts';
import { systemContext } from '../access/actor.ts';
import { appUser } from '../db/schema/app-user.table.ts';
import { orgUnit } from '../db/schema/org-unit.table.ts';
import { hashPassword } from '../security/secrets.ts';
import { writeEstablishment } from '../features/org-units/establishment-writer.ts';
import { createUser } from '../features/users/create-user.ts';
import { insertGrant } from '../features/users/grant-role.ts';

const context = systemContext('test fixtures', 'test');
export const TEST_PASSWORD = 'Test-Password-2026!';

const PARENT_KIND: Partial<Record<OrgUnitKind, OrgUnitKind>> = {
  ght: 'region',
  establishment: 'ght',
  site: 'establishment',
  grouping: 'establishment',
  unit: 'grouping',
};

/** A FINESS number of the given department with a valid key. */
export function makeFiness(department = '31'): string {
  const body = `${department}${String(randomBytes(4).readUInt32BE() % 1_000_000).padStart(6, '0')}`;
  return `${body}${finessCheckDigit(body)}`;
}

/** Creates an org unit, and any missing parents up to a region. */
export async function createOrgUnitFixture(
  db: Db,
  overrides: {
    kind?: OrgUnitKind;
    parentId?: string;
    name?: string;
    beds?: number;
    category?: 'ch' | 'chu' | 'clinic';
    capacities?: { year: number; beds: number; places: number }[];
    authorisations?: Authorisation[];
  } = {},
): Promise<{ id: string; parentId: string | null; name: string }> {
  const kind = overrides.kind ?? 'establishment';
  let parentId = overrides.parentId ?? null;
  const parentKind = PARENT_KIND[kind];
  if (!parentId && parentKind) parentId = (await createOrgUnitFixture(db, { kind: parentKind })).id;
  const name = overrides.name ?? `${kind} ${randomBytes(3).toString('hex')}`;
  const [row] = await db
    .insert(orgUnit)
    .values({ kind, parentId, name, finess: kind === 'establishment' ? makeFiness() : null })
    .returning({ id: orgUnit.id });
  if (kind === 'establishment') {
    await writeEstablishment(
      db,
      row!.id,
      {
        category: overrides.category ?? 'ch',
        legalStatus: 'public',
        department: '31',
        capacities: overrides.capacities ?? [
          { year: new Date().getFullYear(), beds: overrides.beds ?? 250, places: 20 },
        ],
        authorisations: overrides.authorisations ?? ['emergency'],
        associatedGhtIds: [],
      },
      'all',
    );
  }
  return { id: row!.id, parentId, name };
}

/** Creates an account holding `role` on `orgUnitId` (a new establishment when omitted). */
export async function createUserFixture(
  db: Db,
  overrides: { role?: Role; orgUnitId?: string; email?: string; displayName?: string } = {},
): Promise<{ id: string; email: string; password: string; orgUnitId: string }> {
  const email = overrides.email ?? `user-${randomBytes(4).toString('hex')}@test.jalon`;
  const orgUnitId = overrides.orgUnitId ?? (await createOrgUnitFixture(db)).id;
  const id = await createUser(db, context, {
    email,
    displayName: overrides.displayName ?? 'Agent Test',
    password: TEST_PASSWORD,
    locale: 'fr',
  });
  await insertGrant(db, context, { userId: id, role: overrides.role ?? 'reader', orgUnitId });
  return { id, email, password: TEST_PASSWORD, orgUnitId };
}

// Hashed once per test file: argon2 is slow on purpose, and tables of cases need many accounts.
let testPasswordHash: Promise<string> | undefined;

/**
 * An account with exactly these grants (none: a role-less account, as an
 * administrator leaves it between creating it and granting its first role).
 * Writes the rows directly, with the test password hashed once.
 */
export async function createAccountFixture(
  db: Db,
  overrides: { grants?: { role: Role; orgUnitId: string }[]; email?: string; displayName?: string } = {},
): Promise<{ id: string; email: string; password: string; grantIds: string[] }> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `account-${randomBytes(5).toString('hex')}@test.jalon`;
  const [row] = await db
    .insert(appUser)
    .values({
      email,
      displayName: overrides.displayName ?? 'Compte Test',
      locale: 'fr',
      passwordHash: await testPasswordHash,
    })
    .returning({ id: appUser.id });
  const grantIds: string[] = [];
  for (const grant of overrides.grants ?? [])
    grantIds.push(await insertGrant(db, context, { userId: row!.id, ...grant }));
  return { id: row!.id, email, password: TEST_PASSWORD, grantIds };
}
