import { PERMISSIONS, ROLES, roleGrants, type Permission, type Role } from './roles.ts';

/**
 * Who may hand out which role. The ladder is not a list kept by hand: it follows
 * from ROLE_PERMISSIONS, so a permission added to a role moves that role up
 * without anyone having to remember this file.
 *
 * The rule: granting, changing or removing role R on unit U needs `users.write`
 * over U and every permission R carries, over U. Permissions hold for a unit's
 * whole subtree, so holding them over U means holding them over everything the
 * new grant reaches: no chain of grants can give anyone more than its author had.
 * Platform-admin grants are the exception that proves it: they act everywhere,
 * including regions created later, so only a platform admin manages them.
 */

/** A role held on a unit (and its subtree). */
export interface HeldGrant {
  role: Role;
  orgUnitId: string;
}

/** A grant seen with the ids of its unit and of every ancestor of that unit. */
export interface PlacedGrant {
  role: Role;
  /** The grant's unit and all its ancestors, in any order. */
  ancestry: readonly string[];
}

export function isPlatformAdminGrant(grants: readonly HeldGrant[]): boolean {
  return grants.some((g) => g.role === 'platform-admin');
}

/** The permissions `grants` give over the unit whose ancestry is given. */
export function permissionsOver(grants: readonly HeldGrant[], ancestry: readonly string[]): Set<Permission> {
  const held = new Set<Permission>();
  for (const grant of grants) {
    // A platform admin's grant sits on some unit but counts everywhere.
    if (grant.role !== 'platform-admin' && !ancestry.includes(grant.orgUnitId)) continue;
    for (const permission of PERMISSIONS) if (roleGrants(grant.role, permission)) held.add(permission);
  }
  return held;
}

/** Whether the actor administers users at all over that unit: outside it, the unit does not exist for them. */
export function administersUnit(actor: readonly HeldGrant[], ancestry: readonly string[]): boolean {
  return permissionsOver(actor, ancestry).has('users.write');
}

/** May the actor grant, change or remove `target.role` on the unit of `target`? */
export function mayManageGrant(actor: readonly HeldGrant[], target: PlacedGrant): boolean {
  if (target.role === 'platform-admin') return isPlatformAdminGrant(actor);
  const held = permissionsOver(actor, target.ancestry);
  if (!held.has('users.write')) return false;
  return PERMISSIONS.every((permission) => !roleGrants(target.role, permission) || held.has(permission));
}

/**
 * May the actor edit, deactivate or unlock a person, or change their roles?
 * Only with users.write over every unit where that person holds a role, and
 * only a platform admin over a platform admin: a director does not switch off
 * the platform admin who also sits in his establishment. Which roles it may
 * then hand out or take away is `mayManageGrant`'s question.
 */
export function mayActOnUser(actor: readonly HeldGrant[], targetGrants: readonly PlacedGrant[]): boolean {
  return targetGrants.every((grant) =>
    grant.role === 'platform-admin' ? isPlatformAdminGrant(actor) : administersUnit(actor, grant.ancestry),
  );
}

/**
 * Roles the actor may grant on at least one unit: the choice a grant form
 * offers before a unit is picked (the server still decides for the unit chosen).
 */
export function grantableRoles(actor: readonly HeldGrant[]): Role[] {
  return ROLES.filter((role) => actor.some((g) => mayManageGrant(actor, { role, ancestry: [g.orgUnitId] })));
}
