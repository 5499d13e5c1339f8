import { describe, expect, it } from 'vitest';
import type { Me } from '../types/api.ts';
import { canManageOrgUnits, canReadUsers, hasPermission } from './permissions.ts';

const me = (overrides: Partial<Me>): Me => ({
  id: 'u1',
  email: 'a@chu.fr',
  displayName: 'A',
  locale: 'fr',
  isPlatformAdmin: false,
  grants: [],
  permissions: [],
  ...overrides,
});

describe('permissions', () => {
  it('follows the permission list of the session', () => {
    const reader = me({ permissions: ['org.read'] });
    expect(canManageOrgUnits(reader)).toBe(false);
    expect(canReadUsers(reader)).toBe(false);
    const director = me({ permissions: ['org.read', 'org.write', 'users.read'] });
    expect(canManageOrgUnits(director)).toBe(true);
    expect(canReadUsers(director)).toBe(true);
    expect(hasPermission(director, 'users.write')).toBe(false);
  });

  it('lets a platform administrator do everything', () => {
    expect(hasPermission(me({ isPlatformAdmin: true }), 'audit.read')).toBe(true);
  });
});
