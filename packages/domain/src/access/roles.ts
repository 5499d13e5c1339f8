import { z } from 'zod';

/**
 * Roles are granted on an organisation unit and hold for its whole subtree.
 * Order matters only for display: from the widest responsibility down.
 */
export const ROLES = [
  'platform-admin',
  'ars-officer',
  'ars-reviewer',
  'ght-coordinator',
  'establishment-director',
  'quality-manager',
  'cme-chair',
  'pole-manager',
  'action-pilot',
  'contributor',
  'instance-member',
  'user-representative',
  'reader',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** What a role may do within its scope. Routes declare the permission they need. */
export const PERMISSIONS = [
  'org.read',
  'org.write',
  'users.read',
  'users.write',
  'audit.read',
  /** Edit the indicator fiches of a catalogue issued for the region. */
  'catalogue.write',
  /** Enter an establishment's indicator values. */
  'values.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: readonly Permission[] = ['org.read'];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  'platform-admin': PERMISSIONS,
  'ars-officer': ['org.read', 'org.write', 'users.read', 'users.write', 'audit.read', 'catalogue.write'],
  'ars-reviewer': ['org.read', 'audit.read'],
  'ght-coordinator': ['org.read', 'org.write', 'users.read', 'audit.read'],
  'establishment-director': ['org.read', 'org.write', 'users.read', 'users.write', 'audit.read', 'values.write'],
  'quality-manager': ['org.read', 'users.read', 'audit.read', 'values.write'],
  'cme-chair': ['org.read', 'audit.read'],
  'pole-manager': ['org.read', 'org.write', 'audit.read'],
  'action-pilot': READ,
  contributor: READ,
  'instance-member': READ,
  'user-representative': READ,
  reader: READ,
};

export function roleGrants(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
