import { describe, expect, it } from 'vitest';
import type { Page } from '@jalon/contract/common/page';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { withoutUnit } from './delete-org-unit.ts';

const unit = (id: string) => ({ id }) as OrgUnitView;

describe('withoutUnit', () => {
  it('drops the deleted unit from a cached page and counts one less', () => {
    const page: Page<OrgUnitView> = { items: [unit('a'), unit('b')], page: 1, pageSize: 50, total: 2 };
    expect(withoutUnit(page, 'a')).toEqual({ items: [unit('b')], page: 1, pageSize: 50, total: 1 });
  });

  it('leaves other pages untouched', () => {
    const page: Page<OrgUnitView> = { items: [unit('b')], page: 1, pageSize: 50, total: 1 };
    expect(withoutUnit(page, 'a')).toBe(page);
    expect(withoutUnit(undefined, 'a')).toBeUndefined();
  });
});
