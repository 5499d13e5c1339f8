import { describe, expect, it } from 'vitest';
import { numberText } from './number-reading.ts';

describe('numberText', () => {
  it('writes a number back as the person would type it, every digit kept, without grouping', () => {
    expect(numberText(2.5, 'fr')).toBe('2,5');
    expect(numberText(1234.125, 'fr')).toBe('1234,125');
    expect(numberText(-3, 'fr')).toBe('-3');
    expect(numberText(2.5, 'en')).toBe('2.5');
  });

  it('leaves the field empty for no number or one that could not be read', () => {
    expect(numberText(undefined, 'fr')).toBe('');
    expect(numberText(Number.NaN, 'fr')).toBe('');
  });
});
