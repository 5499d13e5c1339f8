import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './french-format.ts';
import { readFrenchNumber, type NumberReadingProblem } from './french-number.ts';

const read = (text: string, allowNegative = false) => readFrenchNumber(text, { allowNegative });
const problemOf = (text: string, allowNegative = false): NumberReadingProblem | undefined => {
  const reading = read(text, allowNegative);
  return reading.ok ? undefined : reading.problem;
};

describe('reading a number typed in French', () => {
  it.each([
    ['2,5', 2.5],
    ['4,5', 4.5],
    ['2.5', 2.5],
    ['12', 12],
    ['0,05', 0.05],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['12\u202f345\u202f678,25', 12345678.25],
    ['1\u2009000', 1000],
    ['  7 ', 7],
    ['+3', 3],
    ['007', 7],
  ])('reads %j as %d', (text, value) => {
    expect(read(text)).toEqual({ ok: true, value });
  });

  it('keeps the minus sign where negatives are allowed, and refuses it elsewhere', () => {
    expect(read('-3', true)).toEqual({ ok: true, value: -3 });
    expect(read('\u22122,5', true)).toEqual({ ok: true, value: -2.5 });
    expect(read('-0', true)).toEqual({ ok: true, value: 0 });
    expect(problemOf('-3')).toBe('NEGATIVE_NOT_ALLOWED');
  });

  it.each<[string, NumberReadingProblem]>([
    ['', 'EMPTY'],
    ['  ', 'EMPTY'],
    ['beaucoup', 'NOT_A_NUMBER'],
    ['12 %', 'NOT_A_NUMBER'],
    ['1e5', 'NOT_A_NUMBER'],
    ['2a5', 'NOT_A_NUMBER'],
    ['--3', 'NOT_A_NUMBER'],
    ['2,5,1', 'SEVERAL_DECIMAL_SEPARATORS'],
    ['1.234,5', 'SEVERAL_DECIMAL_SEPARATORS'],
    ['1,234.5', 'SEVERAL_DECIMAL_SEPARATORS'],
    ['1 23', 'MISPLACED_GROUP'],
    ['12 3456', 'MISPLACED_GROUP'],
    ['1234 567', 'MISPLACED_GROUP'],
    ['1  234', 'MISPLACED_GROUP'],
    ['2,5 1', 'MISPLACED_GROUP'],
    ['2,', 'INCOMPLETE'],
    [',5', 'INCOMPLETE'],
    ['-', 'INCOMPLETE'],
  ])('refuses %j: %s', (text, problem) => {
    expect(problemOf(text, true)).toBe(problem);
  });

  it('reads back exactly what formatNumber printed, to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const value = cents / 100;
        expect(read(formatNumber(value), true)).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
    );
  });

  it('reads a number typed with a point or a comma alike', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 99 }), (whole, cents) => {
        const fraction = String(cents).padStart(2, '0');
        expect(read(`${whole},${fraction}`)).toEqual(read(`${whole}.${fraction}`));
      }),
    );
  });

  it('refuses anything with a letter in it', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...'aezEOxk€$'), fc.string(), (before, letter, after) => {
        expect(read(`${before}${letter}${after}`, true).ok).toBe(false);
      }),
    );
  });

  it('refuses two decimal separators wherever they stand', () => {
    const digits = fc.stringMatching(/^[0-9]{1,6}$/);
    fc.assert(
      fc.property(
        digits,
        fc.constantFrom(',', '.'),
        digits,
        fc.constantFrom(',', '.'),
        digits,
        (a, first, b, second, c) => {
          expect(problemOf(`${a}${first}${b}${second}${c}`, true)).toBe('SEVERAL_DECIMAL_SEPARATORS');
        },
      ),
    );
  });

  it('refuses a group that is not three digits after the first', () => {
    const head = fc.stringMatching(/^[1-9][0-9]{0,2}$/);
    const wrong = fc.stringMatching(/^(?:[0-9]{1,2}|[0-9]{4,6})$/);
    fc.assert(
      fc.property(head, wrong, (first, group) => {
        expect(problemOf(`${first} ${group}`)).toBe('MISPLACED_GROUP');
      }),
    );
  });
});
