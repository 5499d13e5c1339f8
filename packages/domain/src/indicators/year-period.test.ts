import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { assertYearInPeriod, isYearInPeriod, valueYears } from './year-period.ts';

const contract = { from: 2025, to: 2029 };

describe('isYearInPeriod', () => {
  it('includes both ends and nothing outside them', () => {
    expect([2024, 2025, 2027, 2029, 2030].map((year) => isYearInPeriod(year, contract))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('refuses a year that is not a whole number', () => {
    expect(isYearInPeriod(2026.5, contract)).toBe(false);
  });
});

describe('assertYearInPeriod', () => {
  it('throws YEAR_OUT_OF_PERIOD on the year field, naming the period and its ends', () => {
    let thrown: unknown;
    try {
      assertYearInPeriod(2031, contract, 'la période du contrat', { indicator: 'CPOM_OS_1' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'YEAR_OUT_OF_PERIOD',
      message: 'L’année 2031 est hors de la période du contrat (2025-2029).',
      field: ['year'],
      details: { year: 2031, from: 2025, to: 2029, indicator: 'CPOM_OS_1' },
    });
  });

  it('lets a year of the period through', () => {
    expect(() => assertYearInPeriod(2025, contract, 'la période du contrat')).not.toThrow();
  });
});

describe('valueYears', () => {
  it('opens the year before the contract, or an older baseline', () => {
    expect(valueYears(contract, undefined)).toEqual({ from: 2024, to: 2029 });
    expect(valueYears(contract, 2022)).toEqual({ from: 2022, to: 2029 });
    expect(valueYears(contract, 2026)).toEqual({ from: 2024, to: 2029 });
  });
});
