import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grantableRoles, mayActOnUser, mayManageGrant, permissionsOver, type HeldGrant } from './grant-policy.ts';
import { ROLES, type Role } from './roles.ts';

/**
 * The ladder as the team reads it: what a holder of the role on a unit may
 * grant on that same unit. Written out by hand so that a change of
 * ROLE_PERMISSIONS which moves a role up or down shows here as a failing row.
 */
const LOWER: readonly Role[] = [
  'cme-chair',
  'pole-manager',
  'action-pilot',
  'contributor',
  'instance-member',
  'user-representative',
  'reader',
];
const EXPECTED_LADDER: Readonly<Record<Role, readonly Role[]>> = {
  'platform-admin': ROLES,
  // The ARS holds no values.write: it does not appoint those who enter an establishment's values.
  'ars-officer': ['ars-officer', 'ars-reviewer', 'ght-coordinator', ...LOWER],
  'ars-reviewer': [],
  'ght-coordinator': [],
  // No catalogue.write: a director appoints no ARS officer, on his establishment or elsewhere.
  'establishment-director': ['ars-reviewer', 'ght-coordinator', 'establishment-director', 'quality-manager', ...LOWER],
  'quality-manager': [],
  'cme-chair': [],
  'pole-manager': [],
  'action-pilot': [],
  contributor: [],
  'instance-member': [],
  'user-representative': [],
  reader: [],
};

// A small tree: region r, establishment e under it, pôle p under e; another region o.
const ANCESTRY = { r: ['r'], e: ['e', 'r'], p: ['p', 'e', 'r'], o: ['o'] } as const;

describe('grant policy, role by role', () => {
  for (const actorRole of ROLES) {
    for (const targetRole of ROLES) {
      const expected = EXPECTED_LADDER[actorRole].includes(targetRole);
      it(`${actorRole} on a unit ${expected ? 'may' : 'may not'} grant ${targetRole} there`, () => {
        const actor: HeldGrant[] = [{ role: actorRole, orgUnitId: 'e' }];
        expect(mayManageGrant(actor, { role: targetRole, ancestry: ANCESTRY.e })).toBe(expected);
        // Below the unit the answer is the same: a role holds for the whole subtree.
        expect(mayManageGrant(actor, { role: targetRole, ancestry: ANCESTRY.p })).toBe(expected);
      });
    }
  }

  it('gives nothing above the unit or in another region, except to a platform admin', () => {
    const director: HeldGrant[] = [{ role: 'establishment-director', orgUnitId: 'e' }];
    expect(mayManageGrant(director, { role: 'reader', ancestry: ANCESTRY.r })).toBe(false);
    expect(mayManageGrant(director, { role: 'reader', ancestry: ANCESTRY.o })).toBe(false);
    const admin: HeldGrant[] = [{ role: 'platform-admin', orgUnitId: 'r' }];
    expect(mayManageGrant(admin, { role: 'ars-officer', ancestry: ANCESTRY.o })).toBe(true);
  });

  it('adds up roles held on the unit and on its ancestors', () => {
    const actor: HeldGrant[] = [
      { role: 'ars-officer', orgUnitId: 'r' },
      { role: 'quality-manager', orgUnitId: 'e' },
    ];
    // users.write from the region, values.write from the establishment.
    expect(mayManageGrant(actor, { role: 'establishment-director', ancestry: ANCESTRY.p })).toBe(true);
    expect(mayManageGrant(actor, { role: 'establishment-director', ancestry: ANCESTRY.r })).toBe(false);
  });

  it('lets an administrator act on a person only over all of that person’s roles', () => {
    const director: HeldGrant[] = [{ role: 'establishment-director', orgUnitId: 'e' }];
    expect(mayActOnUser(director, [{ role: 'contributor', ancestry: ANCESTRY.p }])).toBe(true);
    expect(
      mayActOnUser(director, [
        { role: 'contributor', ancestry: ANCESTRY.p },
        { role: 'reader', ancestry: ANCESTRY.o },
      ]),
    ).toBe(false);
    expect(
      mayActOnUser(director, [
        { role: 'reader', ancestry: ANCESTRY.e },
        { role: 'platform-admin', ancestry: ANCESTRY.e },
      ]),
    ).toBe(false);
    const officer: HeldGrant[] = [{ role: 'ars-officer', orgUnitId: 'r' }];
    expect(mayActOnUser(officer, [{ role: 'platform-admin', ancestry: ANCESTRY.r }])).toBe(false);
    // The ARS may deactivate a director of its region, though it could not have appointed one.
    expect(mayActOnUser(officer, [{ role: 'establishment-director', ancestry: ANCESTRY.e }])).toBe(true);
    expect(
      mayActOnUser([{ role: 'quality-manager', orgUnitId: 'e' }], [{ role: 'reader', ancestry: ANCESTRY.e }]),
    ).toBe(false);
  });

  it('offers in a form the roles the actor may grant somewhere', () => {
    expect(grantableRoles([{ role: 'establishment-director', orgUnitId: 'e' }])).toEqual(
      EXPECTED_LADDER['establishment-director'],
    );
    expect(grantableRoles([{ role: 'reader', orgUnitId: 'e' }])).toEqual([]);
    expect(grantableRoles([{ role: 'platform-admin', orgUnitId: 'r' }])).toEqual(ROLES);
  });
});

/** A random forest of up to 8 units: unit i's parent is an earlier unit, or none. */
const forest = fc
  .integer({ min: 1, max: 8 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => fc.integer({ min: -1, max: i - 1 }))));

function ancestryIn(parents: readonly number[], unit: number): string[] {
  const chain: string[] = [];
  for (let u = unit; u >= 0; u = parents[u]!) chain.push(`u${u}`);
  return chain;
}

const role = fc.constantFrom(...ROLES);

describe('grant policy properties', () => {
  it('no sequence of allowed grants gives the actor, or anyone it grants, a permission it did not hold', () => {
    fc.assert(
      fc.property(
        forest.chain((parents) =>
          fc.record({
            parents: fc.constant(parents),
            actor: fc.array(fc.record({ role, unit: fc.nat(parents.length - 1) }), { maxLength: 3 }),
            attempts: fc.array(fc.record({ role, unit: fc.nat(parents.length - 1), toSelf: fc.boolean() }), {
              maxLength: 12,
            }),
          }),
        ),
        ({ parents, actor, attempts }) => {
          const start: HeldGrant[] = actor.map((g) => ({ role: g.role, orgUnitId: `u${g.unit}` }));
          const self = [...start];
          const other: HeldGrant[] = [];
          for (const attempt of attempts) {
            if (!mayManageGrant(self, { role: attempt.role, ancestry: ancestryIn(parents, attempt.unit) })) continue;
            (attempt.toSelf ? self : other).push({ role: attempt.role, orgUnitId: `u${attempt.unit}` });
          }
          for (let unit = 0; unit < parents.length; unit += 1) {
            const before = permissionsOver(start, ancestryIn(parents, unit));
            for (const permission of permissionsOver(self, ancestryIn(parents, unit)))
              expect(before).toContain(permission);
            for (const permission of permissionsOver(other, ancestryIn(parents, unit)))
              expect(before).toContain(permission);
          }
          expect(self.some((g) => g.role === 'platform-admin')).toBe(start.some((g) => g.role === 'platform-admin'));
        },
      ),
    );
  });

  it('acting on a person stays allowed when they hold fewer roles, or the actor more', () => {
    fc.assert(
      fc.property(
        forest.chain((parents) =>
          fc.record({
            parents: fc.constant(parents),
            actor: fc.array(fc.record({ role, unit: fc.nat(parents.length - 1) }), { maxLength: 3 }),
            target: fc.array(fc.record({ role, unit: fc.nat(parents.length - 1) }), { maxLength: 4 }),
            extra: fc.record({ role, unit: fc.nat(parents.length - 1) }),
          }),
        ),
        ({ parents, actor, target, extra }) => {
          const held: HeldGrant[] = actor.map((g) => ({ role: g.role, orgUnitId: `u${g.unit}` }));
          const placed = target.map((g) => ({ role: g.role, ancestry: ancestryIn(parents, g.unit) }));
          const more = [...placed, { role: extra.role, ancestry: ancestryIn(parents, extra.unit) }];
          const stronger: HeldGrant[] = [...held, { role: extra.role, orgUnitId: `u${extra.unit}` }];
          if (mayActOnUser(held, more)) expect(mayActOnUser(held, placed)).toBe(true);
          if (mayActOnUser(held, placed)) expect(mayActOnUser(stronger, placed)).toBe(true);
        },
      ),
    );
  });
});
