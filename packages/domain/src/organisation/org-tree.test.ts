import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { ORG_UNIT_KINDS, type OrgUnitKind } from './establishment.ts';
import {
  allowedChildKinds,
  assertChildKindAllowed,
  assertEstablishmentData,
  assertEstablishmentParentAllowed,
  assertNoCycle,
  assertRootKindAllowed,
  isChildKindAllowed,
} from './org-tree.ts';

function codeOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return undefined;
}

const ALLOWED: readonly (readonly [OrgUnitKind, OrgUnitKind])[] = [
  ['region', 'ght'],
  ['region', 'establishment'],
  ['ght', 'establishment'],
  ['establishment', 'site'],
  ['establishment', 'grouping'],
  ['site', 'grouping'],
  ['site', 'unit'],
  ['grouping', 'grouping'],
  ['grouping', 'unit'],
];

describe('assertChildKindAllowed', () => {
  it.each(ALLOWED)('accepts %s › %s', (parent, child) => {
    expect(() => assertChildKindAllowed(parent, child)).not.toThrow();
  });

  const refused = ORG_UNIT_KINDS.flatMap((parent) =>
    ORG_UNIT_KINDS.filter((child) => !ALLOWED.some(([p, c]) => p === parent && c === child)).map(
      (child) => [parent, child] as const,
    ),
  );

  it.each(refused)('refuses %s › %s', (parent, child) => {
    expect(codeOf(() => assertChildKindAllowed(parent, child))).toBe('ORG_KIND_NOT_ALLOWED');
  });

  it('covers every pair of kinds exactly once between the two lists', () => {
    expect(ALLOWED.length + refused.length).toBe(ORG_UNIT_KINDS.length ** 2);
  });

  it('explains in French and gives the allowed kinds', () => {
    try {
      assertChildKindAllowed('ght', 'unit');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const error = e as DomainError;
      expect(error.message).toBe('Impossible de rattacher une unité directement à un GHT.');
      expect(error.field).toEqual(['parentId']);
      expect(error.details).toEqual({ parentKind: 'ght', childKind: 'unit', allowedChildKinds: ['establishment'] });
    }
  });

  it('agrees with isChildKindAllowed and allowedChildKinds', () => {
    for (const parent of ORG_UNIT_KINDS) {
      for (const child of ORG_UNIT_KINDS) {
        expect(isChildKindAllowed(parent, child)).toBe(allowedChildKinds(parent).includes(child));
      }
    }
    expect(allowedChildKinds('unit')).toEqual([]);
  });
});

describe('assertRootKindAllowed', () => {
  it('lets only a region be a root', () => {
    expect(() => assertRootKindAllowed('region')).not.toThrow();
    for (const kind of ORG_UNIT_KINDS.filter((k) => k !== 'region')) {
      expect(codeOf(() => assertRootKindAllowed(kind))).toBe('ORG_ROOT_NOT_REGION');
    }
  });
});

describe('assertEstablishmentData', () => {
  const codeOf = (kind: OrgUnitKind, given: boolean): string | undefined => {
    try {
      assertEstablishmentData(kind, given);
      return undefined;
    } catch (error) {
      return (error as DomainError).code;
    }
  };

  it('wants the attributes on an establishment and on nothing else', () => {
    expect(codeOf('establishment', true)).toBeUndefined();
    expect(codeOf('establishment', false)).toBe('ESTABLISHMENT_REQUIRED');
    for (const kind of ORG_UNIT_KINDS.filter((k) => k !== 'establishment')) {
      expect(codeOf(kind, false)).toBeUndefined();
      expect(codeOf(kind, true)).toBe('ESTABLISHMENT_NOT_ALLOWED');
    }
  });
});

describe('assertEstablishmentParentAllowed', () => {
  it('lets public establishments be GHT members or sit under the region (AP-HP)', () => {
    expect(() => assertEstablishmentParentAllowed('ght', 'public')).not.toThrow();
    expect(() => assertEstablishmentParentAllowed('region', 'public')).not.toThrow();
  });

  it.each(['private-non-profit', 'private-for-profit'] as const)('keeps %s establishments out of GHTs', (status) => {
    expect(() => assertEstablishmentParentAllowed('region', status)).not.toThrow();
    expect(codeOf(() => assertEstablishmentParentAllowed('ght', status))).toBe('ORG_PRIVATE_GHT_MEMBER');
  });

  it('still applies the kind rules', () => {
    expect(codeOf(() => assertEstablishmentParentAllowed('site', 'public'))).toBe('ORG_KIND_NOT_ALLOWED');
  });
});

describe('assertNoCycle', () => {
  // occitanie › ght › chu › site
  const siteAncestry = ['site', 'chu', 'ght', 'occitanie'];

  it('refuses moving a unit under itself', () => {
    expect(codeOf(() => assertNoCycle('chu', ['chu', 'ght', 'occitanie']))).toBe('ORG_CYCLE');
  });

  it('refuses moving a unit under one of its descendants', () => {
    expect(codeOf(() => assertNoCycle('ght', siteAncestry))).toBe('ORG_CYCLE');
    expect(codeOf(() => assertNoCycle('occitanie', siteAncestry))).toBe('ORG_CYCLE');
  });

  it('accepts a move elsewhere in the tree', () => {
    expect(() => assertNoCycle('other-chu', siteAncestry)).not.toThrow();
    expect(() => assertNoCycle('chu', [])).not.toThrow();
  });

  it('says what went wrong in French', () => {
    expect(() => assertNoCycle('chu', siteAncestry)).toThrow(/elle-même ou à une de ses sous-unités/);
  });
});
