import type { Permission } from '@jalon/domain/access/roles';
import type { Me } from '../types/api.ts';

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
