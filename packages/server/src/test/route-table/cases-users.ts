import { ROLE_PERMISSIONS, type Role } from '@jalon/domain/access/roles';
import { needs } from '../../http/access.ts';
import { ANY, at, NOBODY, type Expectation } from './expectations.ts';
import {
  accountWith,
  ifMatch,
  onlyAdminsPass,
  REFUSED,
  unique,
  userVersion,
  type Built,
  type RouteCase,
  type Variant,
} from './route-case.ts';
import type { CaseActor, UnitKey, World } from './world.ts';

type Account = Awaited<ReturnType<typeof accountWith>>;
type Request = (w: World, target: Account, home: UnitKey) => Promise<Built> | Built;

/**
 * The accounts a user route acts on, each made for its case: one granted in
 * region A, one in region B, one with no role yet (made by nobody the actor
 * is), one spanning both regions, and one holding a platform-admin grant in A.
 * `home` is where the account's first grant is (region A's pôle for a role-less one).
 */
function targetAccounts(request: Request, success: number) {
  const on = (grants: [Role, UnitKey][]) => async (w: World) =>
    request(w, await accountWith(w, grants), grants[0]?.[1] ?? 'poleA');
  const adminsOnly = (a: CaseActor, d: number) => onlyAdminsPass(a, d, success);
  return {
    inside: { name: 'granted inside', target: at('poleA'), build: on([['reader', 'poleA']]) },
    outside: { name: 'granted outside', target: at('poleB'), build: on([['reader', 'poleB']]) },
    roleLess: { name: 'role-less, made by someone else', target: NOBODY, hole: 5, build: on([]) },
    // Acting on an account needs scope over all its grants; on a platform admin, being one.
    straddling: {
      name: 'granted inside and outside',
      target: at('poleA'),
      hole: 2,
      build: on([
        ['reader', 'poleA'],
        ['reader', 'poleB'],
      ]),
      except: adminsOnly,
    },
    platformAdmin: {
      name: 'platform admin granted inside',
      target: at('estA'),
      hole: 2,
      build: on([['platform-admin', 'estA']]),
      except: adminsOnly,
    },
  } satisfies Record<string, Variant>;
}

/** Every target account: for the routes that change an account. */
const allOf = (request: Request, success: number): Variant[] => Object.values(targetAccounts(request, success));
/** The accounts whose visibility is at stake: for the routes that read one. */
function readOf(request: Request): Variant[] {
  const { inside, outside, roleLess } = targetAccounts(request, 200);
  return [inside, outside, roleLess];
}

/** A grant of `role` carries permissions the caller may not hold: nobody hands out more than they have. */
function grantsMoreThanHeld(actor: CaseActor, role: Role): boolean {
  if (actor.role === null || actor.role === 'platform-admin') return false;
  const held = ROLE_PERMISSIONS[actor.role];
  return ROLE_PERMISSIONS[role].some((p) => !held.includes(p));
}

const escalation = (a: CaseActor, d: number): Expectation | undefined =>
  d === 201 && grantsMoreThanHeld(a, 'ars-officer') ? REFUSED : undefined;

const grantVariants: Variant[] = [
  ...allOf(
    (w, u, home) => ({ url: `/api/users/${u.id}/grants`, body: { role: 'contributor', orgUnitId: w.units[home] } }),
    201,
  ),
  {
    name: 'ars-officer role on region A’s CH',
    target: at('estA'),
    hole: 1,
    build: async (w) => ({
      url: `/api/users/${(await accountWith(w, [['reader', 'poleA']])).id}/grants`,
      body: { role: 'ars-officer', orgUnitId: w.units.estA },
    }),
    except: escalation,
  },
  {
    // The review's case: a director making himself ARS officer, to negotiate his own targets next.
    name: 'ars-officer role on region A’s CH, to oneself',
    target: at('estA'),
    hole: 1,
    build: async (w, actor) => {
      const twin = await w.twin(actor);
      return {
        url: `/api/users/${twin.userId ?? w.stranger.id}/grants`,
        body: { role: 'ars-officer', orgUnitId: w.units.estA },
        as: twin,
      };
    },
    except: escalation,
  },
  {
    name: 'platform-admin role',
    target: at('poleA'),
    build: async (w) => ({
      url: `/api/users/${(await accountWith(w, [['reader', 'poleA']])).id}/grants`,
      body: { role: 'platform-admin', orgUnitId: w.units.poleA },
    }),
    except: (a, d) => (d === 201 && a.role !== 'platform-admin' ? 403 : undefined),
  },
];

/** Revoking a grant of each target account that has one: its first (region A's, where it has both). */
const { inside, outside, straddling, platformAdmin } = targetAccounts(
  (_w, u) => ({ url: `/api/users/${u.id}/grants/${u.grantIds[0]!}` }),
  204,
);
const revokeVariants: Variant[] = [inside, outside, straddling, platformAdmin];

const noStranger = (body: string, w: World, actor: CaseActor): string | undefined =>
  actor.role !== 'platform-admin' &&
  (JSON.parse(body) as { items: { id: string }[] }).items.some((u) => u.id === w.stranger.id)
    ? 'lists a user of region B'
    : undefined;

export const userCases: readonly RouteCase[] = [
  {
    route: 'GET /api/users',
    rule: needs('users.read'),
    success: 200,
    variants: [
      {
        name: 'all',
        target: ANY,
        build: () => ({ url: '/api/users?pageSize=200' }),
        verify: (r, w, a) => noStranger(r.body, w, a),
      },
      {
        name: 'searched by name',
        target: ANY,
        build: () => ({ url: `/api/users?q=${encodeURIComponent('région B')}` }),
        verify: (r, w, a) => noStranger(r.body, w, a),
      },
      {
        name: 'searching a role-less account made by someone else',
        target: ANY,
        hole: 5,
        build: async (w) => ({ url: `/api/users?q=${encodeURIComponent((await accountWith(w, [])).email)}` }),
        verify: (r, _w, a) =>
          a.role !== 'platform-admin' && (JSON.parse(r.body) as { total: number }).total > 0
            ? 'lists a role-less account it did not make'
            : undefined,
      },
    ],
  },
  {
    route: 'GET /api/users/:id',
    rule: needs('users.read'),
    success: 200,
    variants: readOf((_w, u) => ({ url: `/api/users/${u.id}` })),
  },
  {
    route: 'POST /api/users',
    rule: needs('users.write'),
    success: 201,
    variants: [
      {
        name: 'new account',
        target: ANY,
        build: () => ({
          url: '/api/users',
          body: {
            email: `${unique('new').replace(' ', '-')}@test.jalon`,
            displayName: unique('Nouvel agent'),
            password: 'Test-Password-2026!',
          },
        }),
        // Its maker keeps sight of it until it gets its first role.
        verify: async (r, _w, a) => {
          const read = await a.send({ method: 'GET', url: `/api/users/${(JSON.parse(r.body) as { id: string }).id}` });
          return read.statusCode === 200 ? undefined : `its maker cannot read it back (${read.statusCode})`;
        },
      },
    ],
  },
  {
    route: 'PATCH /api/users/:id',
    rule: needs('users.write'),
    success: 200,
    variants: allOf(
      async (w, u) => ({
        url: `/api/users/${u.id}`,
        body: { active: false },
        headers: ifMatch(await userVersion(w, u.id)),
      }),
      200,
    ),
  },
  {
    route: 'POST /api/users/:id/unlock',
    rule: needs('users.write'),
    success: 200,
    variants: allOf((_w, u) => ({ url: `/api/users/${u.id}/unlock` }), 200),
  },
  { route: 'POST /api/users/:id/grants', rule: needs('users.write'), success: 201, variants: grantVariants },
  {
    route: 'DELETE /api/users/:id/grants/:grantId',
    rule: needs('users.write'),
    success: 204,
    variants: revokeVariants,
  },
  {
    route: 'GET /api/audit',
    rule: needs('audit.read'),
    success: 200,
    variants: [
      {
        name: 'of a unit inside',
        target: at('poleA'),
        build: (w) => ({ url: `/api/audit?entityType=org_unit&entityId=${w.units.poleA}` }),
      },
      {
        name: 'of a unit outside',
        target: at('poleB'),
        build: (w) => ({ url: `/api/audit?entityType=org_unit&entityId=${w.units.poleB}` }),
      },
      ...readOf((_w, u) => ({ url: `/api/audit?entityType=user&entityId=${u.id}` })),
      // The whole trail spans every region.
      { name: 'whole trail', target: NOBODY, build: () => ({ url: '/api/audit' }) },
    ],
  },
];
