import { describe, expect, it } from 'vitest';
import { summaryYears } from './cpom-period.ts';

describe('summaryYears', () => {
  const period = { from: 2025, to: 2029 };
  it('shows last year, whose values should be in, and this year, whose values are due', () => {
    expect(summaryYears(period, 2026)).toEqual([2025, 2026]);
  });
  it('keeps inside the contract, one year when both meet', () => {
    expect(summaryYears(period, 2025)).toEqual([2025]);
    expect(summaryYears(period, 2031)).toEqual([2029]);
  });
});
