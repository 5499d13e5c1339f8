import { describe, expect, it } from 'vitest';
import type { OrgUnit, Page } from '../../../types/api.ts';
import { withoutUnit } from './delete-org-unit.ts';

const unit = (id: string) => ({ id }) as OrgUnit;

describe('withoutUnit', () => {
  it('drops the deleted unit from a cached page and counts one less', () => {
    const page: Page<OrgUnit> = { items: [unit('a'), unit('b')], page: 1, pageSize: 50, total: 2 };
    expect(withoutUnit(page, 'a')).toEqual({ items: [unit('b')], page: 1, pageSize: 50, total: 1 });
  });

  it('leaves other pages untouched', () => {
    const page: Page<OrgUnit> = { items: [unit('b')], page: 1, pageSize: 50, total: 1 };
    expect(withoutUnit(page, 'a')).toBe(page);
    expect(withoutUnit(undefined, 'a')).toBeUndefined();
  });
});
