import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { tierLabel } from './indicator-labels.ts';

const t = ((key: string) => key) as unknown as TFunction;

describe('tierLabel', () => {
  it('keeps a tier’s number with its sign and its unit on one line', () => {
    expect(tierLabel(t, 'over-500')).toBe('>\u00a0500\u00a0lits');
    expect(tierLabel(t, '100-499')).toBe('100 à 499\u00a0lits');
    expect(tierLabel(t, 'under-100')).toBe('<\u00a0100\u00a0lits');
  });
});
