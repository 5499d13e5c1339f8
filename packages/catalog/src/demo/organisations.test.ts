import { describe, expect, it } from 'vitest';
import { cpomTierForYear } from '@jalon/domain/organisation/cpom-tier';
import { CPOM_TIERS, type EstablishmentCategory } from '@jalon/domain/organisation/establishment';
import { validateFiness } from '@jalon/domain/organisation/finess';
import {
  assertChildKindAllowed,
  assertEstablishmentParentAllowed,
  assertRootKindAllowed,
} from '@jalon/domain/organisation/org-tree';
import { demoOrgUnits, type DemoOrgUnit } from './organisations.ts';

const byKey = new Map(demoOrgUnits.map((u) => [u.key, u]));

function regionOf(unit: DemoOrgUnit): string {
  let current = unit;
  while (current.parentKey !== undefined) {
    const parent = byKey.get(current.parentKey);
    if (parent === undefined) throw new Error(`${current.key}: unknown parent ${current.parentKey}`);
    current = parent;
  }
  return current.key;
}

const establishments = demoOrgUnits.filter((u) => u.kind === 'establishment');
const occitanie = establishments.filter((u) => regionOf(u) === 'occitanie');

describe('demo organisation tree', () => {
  it('has unique keys', () => {
    expect(byKey.size).toBe(demoOrgUnits.length);
  });

  it('lists every parent before its children', () => {
    const seen = new Set<string>();
    for (const unit of demoOrgUnits) {
      if (unit.parentKey === undefined) assertRootKindAllowed(unit.kind);
      else expect(seen.has(unit.parentKey), `${unit.key} before ${unit.parentKey}`).toBe(true);
      seen.add(unit.key);
    }
  });

  it('respects the organisation tree rules', () => {
    for (const unit of demoOrgUnits) {
      const parent = unit.parentKey === undefined ? undefined : byKey.get(unit.parentKey);
      if (parent === undefined) continue;
      assertChildKindAllowed(parent.kind, unit.kind);
      if (unit.establishment) assertEstablishmentParentAllowed(parent.kind, unit.establishment.legalStatus);
    }
  });

  it('has valid and unique FINESS numbers on establishments and sites only', () => {
    const numbers = demoOrgUnits.flatMap((u) => (u.finess === undefined ? [] : [u.finess]));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const unit of demoOrgUnits) {
      if (unit.finess === undefined) continue;
      expect(validateFiness(unit.finess), `${unit.key} ${unit.finess}`).toEqual({ ok: true });
      expect(['establishment', 'site']).toContain(unit.kind);
    }
  });

  it('gives every establishment its profile and FINESS EJ, in its department', () => {
    for (const unit of establishments) {
      expect(unit.establishment, unit.key).toBeDefined();
      expect(unit.finess?.slice(0, 2), unit.key).toBe(unit.establishment?.department);
    }
    expect(demoOrgUnits.filter((u) => u.kind !== 'establishment' && u.establishment)).toEqual([]);
  });

  it('declares capacities for 2024 to 2026 at least', () => {
    for (const unit of establishments) {
      const years = unit.establishment?.capacities.map((c) => c.year) ?? [];
      expect(years, unit.key).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    }
  });

  it('associates only non-members, to GHTs of their own region', () => {
    for (const unit of establishments) {
      for (const ghtKey of unit.establishment?.associatedGhtKeys ?? []) {
        const ght = byKey.get(ghtKey);
        expect(ght?.kind, `${unit.key} → ${ghtKey}`).toBe('ght');
        expect(regionOf(ght as DemoOrgUnit)).toBe(regionOf(unit));
        expect(unit.parentKey).not.toBe(ghtKey);
      }
    }
  });

  it('gives every Occitanie establishment at least one site', () => {
    for (const unit of occitanie) {
      expect(
        demoOrgUnits.some((u) => u.kind === 'site' && u.parentKey === unit.key),
        unit.key,
      ).toBe(true);
    }
  });
});

describe('Occitanie demo coverage for the CPOM 2025-2029', () => {
  it('has at least 8 establishments across at least 2 GHTs', () => {
    const members = occitanie.filter((u) => byKey.get(u.parentKey ?? '')?.kind === 'ght');
    expect(occitanie.length).toBeGreaterThanOrEqual(8);
    expect(new Set(members.map((u) => u.parentKey)).size).toBeGreaterThanOrEqual(2);
  });

  it.each([2024, 2025, 2026])('covers every CPOM tier in %i', (year) => {
    const tiers = new Set(occitanie.map((u) => cpomTierForYear(u.establishment?.capacities ?? [], year)));
    expect([...tiers].sort()).toEqual([...CPOM_TIERS].sort());
  });

  it('covers every category the fiches name, and a psychiatric CH', () => {
    const required: EstablishmentCategory[] = ['chu', 'ch', 'chs', 'clinic', 'had'];
    const present = new Set(occitanie.map((u) => u.establishment?.category));
    for (const category of required) expect(present, category).toContain(category);
  });

  it('has private partners associated to a GHT and placed under the region', () => {
    const partners = occitanie.filter((u) => u.establishment?.legalStatus !== 'public');
    expect(partners.map((u) => u.establishment?.category).sort()).toEqual(['clinic', 'had']);
    for (const partner of partners) {
      expect(partner.parentKey).toBe('occitanie');
      expect(partner.establishment?.associatedGhtKeys?.length).toBeGreaterThan(0);
    }
  });
});

describe('other demo regions', () => {
  it('has the GHT Rouen Cœur de Seine with the members its project names', () => {
    const members = establishments.filter((u) => u.parentKey === 'ght-rouen-coeur-de-seine').map((u) => u.key);
    expect(members.sort()).toEqual(['ch-belvedere', 'ch-rouvray', 'chu-rouen']);
    expect(byKey.get('ght-rouen-coeur-de-seine')?.name).toBe('GHT Rouen Cœur de Seine');
  });

  it('has AP-HP under Île-de-France with GHU › DMU › unit', () => {
    expect(byKey.get('aphp')).toMatchObject({ parentKey: 'ile-de-france', finess: '750712184', shortName: 'AP-HP' });
    const ghus = demoOrgUnits.filter((u) => u.kind === 'grouping' && u.parentKey === 'aphp');
    const dmus = demoOrgUnits.filter((u) => u.kind === 'grouping' && ghus.some((g) => g.key === u.parentKey));
    const units = demoOrgUnits.filter((u) => u.kind === 'unit' && dmus.some((d) => d.key === u.parentKey));
    expect(ghus.length).toBeGreaterThanOrEqual(3);
    expect(dmus.length).toBeGreaterThanOrEqual(ghus.length);
    expect(units.length).toBeGreaterThanOrEqual(dmus.length);
  });
});
