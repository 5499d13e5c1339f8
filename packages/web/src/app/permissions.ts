import { roleGrants, type Permission } from '@jalon/domain/access/roles';
import type { Me } from '@jalon/contract/account/me';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';

// The server enforces every permission; the interface only hides what would
// answer 403 anyway, so people are not offered doors they cannot open.

export function hasPermission(me: Me, permission: Permission): boolean {
  return me.isPlatformAdmin || me.permissions.includes(permission);
}

export function canManageOrgUnits(me: Me): boolean {
  return hasPermission(me, 'org.write');
}

export function canReadUsers(me: Me): boolean {
  return hasPermission(me, 'users.read');
}

/** Units the reader holds `permission` on, with everything below them (as the server's scope). */
function scopeRoots(me: Me, permission: Permission): Set<string> {
  return new Set(me.grants.filter((grant) => roleGrants(grant.role, permission)).map((grant) => grant.orgUnitId));
}

/**
 * Which ancestors of a unit (root first, as `OrgUnitView.path`) the reader may open:
 * those at or below one of their `org.read` roots. The others answer 404, so a
 * breadcrumb shows them as plain text.
 */
export function readableAncestors(me: Me, path: OrgUnitView['path']): boolean[] {
  if (me.isPlatformAdmin) return path.map(() => true);
  const roots = scopeRoots(me, 'org.read');
  let inScope = false;
  return path.map((ancestor) => (inScope ||= roots.has(ancestor.id)));
}

/**
 * Whether the reader may open a GHT an establishment is associated with: a
 * GHT sits under its region, not above the establishment, so only a role on
 * the GHT itself or on the region (the establishment's first ancestor) covers it.
 */
export function canOpenAssociatedGht(me: Me, unit: Pick<OrgUnitView, 'path'>, ghtId: string): boolean {
  if (me.isPlatformAdmin) return true;
  const roots = scopeRoots(me, 'org.read');
  return roots.has(ghtId) || unit.path.some((ancestor) => ancestor.kind === 'region' && roots.has(ancestor.id));
}

/** What the reader may do to a unit they can see, as the server would answer it. */
export interface OrgUnitRights {
  /** Edit its details and add sub-units. */
  edit: boolean;
  /**
   * Move or delete it. A unit a role of the reader is granted on cannot be
   * either: its new parent would have to lie inside its own subtree, and the
   * grant itself keeps it from being deleted.
   */
  moveOrDelete: boolean;
}

export function orgUnitRights(me: Me, unit: Pick<OrgUnitView, 'id' | 'path'>): OrgUnitRights {
  if (me.isPlatformAdmin) return { edit: true, moveOrDelete: true };
  const roots = scopeRoots(me, 'org.write');
  const below = unit.path.some((ancestor) => roots.has(ancestor.id));
  return { edit: below || roots.has(unit.id), moveOrDelete: below };
}
