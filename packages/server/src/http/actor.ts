import { PERMISSIONS, roleGrants, type Permission, type Role } from '@jalon/domain/access/roles';

export interface ActorGrant {
  id: string;
  role: Role;
  orgUnitId: string;
}

/** Who is acting: a person through a session, or an integration through a token. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  grants: readonly ActorGrant[];
  via: 'session' | 'token';
  sessionId: string | undefined;
  csrfToken: string | undefined;
}

/** Platform admins act everywhere, including on regions created after their grant. */
export function isPlatformAdmin(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'platform-admin');
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => roleGrants(g.role, permission));
}

/**
 * The org units under which the actor holds a permission, or 'all'. Services
 * filter by the subtrees of these roots; outside them a resource is not found.
 */
export function scopeRoots(actor: Actor, permission: Permission): 'all' | string[] {
  if (isPlatformAdmin(actor)) return 'all';
  return [...new Set(actor.grants.filter((g) => roleGrants(g.role, permission)).map((g) => g.orgUnitId))];
}

export function permissionsOf(actor: Actor): Permission[] {
  const all = new Set<Permission>();
  for (const g of actor.grants) {
    for (const p of PERMISSIONS) {
      if (roleGrants(g.role, p)) all.add(p);
    }
  }
  return [...all];
}
