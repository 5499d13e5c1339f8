import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES } from '@jalon/domain/errors';
import { API_ERROR_CODES, ERROR_CODES } from './error-codes.ts';

describe('ERROR_CODES', () => {
  it('names each code once, so no layer owns a code twice', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('holds every domain code and every API code', () => {
    expect([...ERROR_CODES].sort()).toEqual([...DOMAIN_ERROR_CODES, ...API_ERROR_CODES].sort());
  });
});
