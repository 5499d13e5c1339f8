import { PERMISSIONS, roleGrants, type Permission, type Role } from '@jalon/domain/access/roles';
import { administersUnit, mayActOnUser, mayManageGrant, type PlacedGrant } from '@jalon/domain/access/grant-policy';

export interface ActorGrant {
  id: string;
  role: Role;
  orgUnitId: string;
}

/** A person acting through a session, or an integration acting as its token's owner. */
export interface PersonActor {
  kind: 'person';
  via: 'session' | 'token';
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  grants: readonly ActorGrant[];
  sessionId: string | undefined;
  csrfToken: string | undefined;
}

/**
 * The platform itself: the command line, the demo dataset, background jobs.
 * Whoever can run it already holds the database, so it has every right
 * everywhere; the audit trail records it under its name.
 */
export interface SystemActor {
  kind: 'system';
  name: string;
}

/** Who is acting. A use case takes one of these, never a transport request. */
export type Actor = PersonActor | SystemActor;

/**
 * What a use case needs to know of its caller: who acts, and the id that ties
 * logs and audit rows together. Requests, the command line and jobs all build one.
 */
export interface UseCaseContext<A extends Actor = Actor> {
  actor: A;
  requestId: string;
}

export function systemActor(name: string): SystemActor {
  return { kind: 'system', name };
}

/** A context for work that runs outside any request, e.g. `systemContext('command line', 'cli')`. */
export function systemContext(name: string, requestId: string): UseCaseContext<SystemActor> {
  return { actor: systemActor(name), requestId };
}

/** What an audit row or an authored row keeps of whoever made a change. */
export type Author = SystemActor | Pick<PersonActor, 'kind' | 'userId' | 'displayName'>;

/** The account behind the author, or null for the system. */
export function actorUserId(actor: Author): string | null {
  return actor.kind === 'person' ? actor.userId : null;
}

/** The name recorded beside a change: a person's display name, or the system's name. */
export function actorName(actor: Author): string {
  return actor.kind === 'person' ? actor.displayName : actor.name;
}

/** Platform admins act everywhere, including on regions created after their grant; so does the system. */
export function isPlatformAdmin(actor: SystemActor | Pick<PersonActor, 'kind' | 'grants'>): boolean {
  return actor.kind === 'system' || actor.grants.some((g) => g.role === 'platform-admin');
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.kind === 'system' || actor.grants.some((g) => roleGrants(g.role, permission));
}

/**
 * The org units under which the actor holds a permission, or 'all'. Services
 * filter by the subtrees of these roots; outside them a resource is not found.
 */
export function scopeRoots(actor: Actor, permission: Permission): 'all' | string[] {
  if (actor.kind === 'system' || isPlatformAdmin(actor)) return 'all';
  return [...new Set(actor.grants.filter((g) => roleGrants(g.role, permission)).map((g) => g.orgUnitId))];
}

export function permissionsOf(actor: SystemActor | Pick<PersonActor, 'kind' | 'grants'>): Permission[] {
  if (actor.kind === 'system') return [...PERMISSIONS];
  const all = new Set<Permission>();
  for (const g of actor.grants) {
    for (const p of PERMISSIONS) {
      if (roleGrants(g.role, p)) all.add(p);
    }
  }
  return [...all];
}

/** Whether the actor administers users over the unit whose ancestry is given. */
export function actorAdministersUnit(actor: Actor, ancestry: readonly string[]): boolean {
  return actor.kind === 'system' || administersUnit(actor.grants, ancestry);
}

/** Whether the actor may grant, change or remove that role on that unit. */
export function actorMayManageGrant(actor: Actor, target: PlacedGrant): boolean {
  return actor.kind === 'system' || mayManageGrant(actor.grants, target);
}

/** Whether the actor may act on a person holding those grants. */
export function actorMayActOnUser(actor: Actor, targetGrants: readonly PlacedGrant[]): boolean {
  return actor.kind === 'system' || mayActOnUser(actor.grants, targetGrants);
}
