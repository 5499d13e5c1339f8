import { describe, expect, it } from 'vitest';
import { ROLES } from '@jalon/domain/access/roles';
import { demoAccounts } from './demo-accounts.ts';
import { demoOrgUnits } from './organisations.ts';

const byKey = new Map(demoOrgUnits.map((u) => [u.key, u]));

describe('demo accounts', () => {
  it('has one person per role', () => {
    for (const role of ROLES) {
      const emails = new Set(demoAccounts.filter((a) => a.role === role).map((a) => a.email));
      expect(emails.size, role).toBe(1);
    }
  });

  it('grants only on existing units', () => {
    for (const account of demoAccounts) {
      expect(byKey.has(account.orgUnitKey), `${account.email} → ${account.orgUnitKey}`).toBe(true);
    }
  });

  it('gives the platform administrator every region', () => {
    const regions = demoOrgUnits.filter((u) => u.kind === 'region').map((u) => u.key);
    const adminScopes = demoAccounts.filter((a) => a.email === 'admin@jalon.demo').map((a) => a.orgUnitKey);
    expect(adminScopes.sort()).toEqual(regions.sort());
    expect(demoAccounts.filter((a) => a.email === 'admin@jalon.demo').every((a) => a.role === 'platform-admin')).toBe(
      true,
    );
  });

  it('uses @jalon.demo addresses, one name per address, no duplicate grant', () => {
    const names = new Map<string, string>();
    const grants = new Set<string>();
    for (const { email, displayName, role, orgUnitKey } of demoAccounts) {
      expect(email).toMatch(/^[a-z0-9.-]+@jalon\.demo$/);
      expect(names.get(email) ?? displayName).toBe(displayName);
      names.set(email, displayName);
      const grant = `${email}|${role}|${orgUnitKey}`;
      expect(grants.has(grant), grant).toBe(false);
      grants.add(grant);
    }
  });

  it('scopes each role at the level it works at', () => {
    const kindOf = (role: string) => byKey.get(demoAccounts.find((a) => a.role === role)?.orgUnitKey ?? '')?.kind;
    expect(kindOf('ars-officer')).toBe('region');
    expect(kindOf('ars-reviewer')).toBe('region');
    expect(kindOf('ght-coordinator')).toBe('ght');
    expect(kindOf('establishment-director')).toBe('establishment');
    expect(kindOf('quality-manager')).toBe('establishment');
    expect(kindOf('cme-chair')).toBe('establishment');
    expect(kindOf('pole-manager')).toBe('grouping');
  });

  it('keeps the establishment team in one CH of an Occitanie GHT', () => {
    const director = demoAccounts.find((a) => a.role === 'establishment-director');
    const ch = byKey.get(director?.orgUnitKey ?? '');
    expect(ch?.establishment?.category).toBe('ch');
    const coordinator = demoAccounts.find((a) => a.role === 'ght-coordinator');
    expect(ch?.parentKey).toBe(coordinator?.orgUnitKey);
    const inCh = (key: string | undefined): boolean => {
      for (let k = key; k !== undefined; k = byKey.get(k)?.parentKey) if (k === ch?.key) return true;
      return false;
    };
    const team = [
      'quality-manager',
      'cme-chair',
      'pole-manager',
      'action-pilot',
      'contributor',
      'instance-member',
      'user-representative',
      'reader',
    ];
    for (const role of team) {
      const account = demoAccounts.find((a) => a.role === role);
      expect(inCh(account?.orgUnitKey), role).toBe(true);
    }
  });
});
