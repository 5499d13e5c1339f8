import { describe, expect, it } from 'vitest';
import { containsPattern } from './search.ts';

describe('containsPattern', () => {
  it('wraps the text in wildcards', () => {
    expect(containsPattern('Albi')).toBe('%Albi%');
  });

  it('escapes the LIKE wildcards and the escape character, so they match themselves', () => {
    expect(containsPattern('%')).toBe('%\\%%');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
    expect(containsPattern('c:\\d')).toBe('%c:\\\\d%');
  });
});
