import { describe, expect, expectTypeOf, it } from 'vitest';
import { DOMAIN_ERROR_CODES, DomainError, isDomainError, type DomainErrorCode } from './errors.ts';

describe('DomainError', () => {
  it('carries code, French message, field and details', () => {
    const e = new DomainError('INVALID_FINESS', 'Numéro FINESS invalide', {
      field: ['finess'],
      details: { value: '123' },
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DomainError');
    expect(e.code).toBe('INVALID_FINESS');
    expect(e.message).toBe('Numéro FINESS invalide');
    expect(e.field).toEqual(['finess']);
    expect(e.details).toEqual({ value: '123' });
    expect(e.stack).toBeTypeOf('string');
  });

  it('leaves field and details undefined when not given', () => {
    const e = new DomainError('ORG_CYCLE', 'Cycle');
    expect(e.field).toBeUndefined();
    expect(e.details).toBeUndefined();
    expect(e.cause).toBeUndefined();
  });

  it('keeps the cause', () => {
    const root = new Error('root');
    expect(new DomainError('YEAR_OUT_OF_PERIOD', 'x', { cause: root }).cause).toBe(root);
  });

  it.each(['invalid_finess', 'Invalid', 'A-B', '', '_A', 'A__B'])('rejects code %j', (code) => {
    // The runtime guard matters where the compiler cannot see: codes built at run time.
    expect(() => new DomainError(code as DomainErrorCode, 'x')).toThrow(TypeError);
  });

  it.each(DOMAIN_ERROR_CODES)('accepts its own code %s', (code) => {
    expect(new DomainError(code, 'x').code).toBe(code);
  });
});

describe('isDomainError', () => {
  it('recognises DomainError instances', () => {
    expect(isDomainError(new DomainError('ORG_CYCLE', 'x'))).toBe(true);
  });

  it('recognises a look-alike from another module copy', () => {
    const e = Object.assign(new Error('x'), { name: 'DomainError', code: 'ORG_CYCLE' });
    expect(isDomainError(e)).toBe(true);
  });

  it.each([
    new Error('x'),
    new TypeError('x'),
    { code: 'ORG_CYCLE', name: 'DomainError' },
    'ORG_CYCLE',
    null,
    undefined,
  ])('rejects %j', (value) => {
    expect(isDomainError(value)).toBe(false);
  });
});

/** Shaped like FastifyError: an Error with a string code and optional extras. */
interface CodedError extends Error {
  code: string;
  statusCode?: number;
}

describe('isDomainError narrowing', () => {
  it('narrows a coded error to DomainError and leaves the rest usable', () => {
    const error: CodedError = Object.assign(new Error('x'), { code: 'ECONNRESET' });
    if (isDomainError(error)) {
      expectTypeOf(error.details).toEqualTypeOf<Record<string, unknown> | undefined>();
      expectTypeOf(error.field).toEqualTypeOf<string[] | undefined>();
    } else {
      expectTypeOf(error).not.toBeNever();
      expectTypeOf(error.statusCode).toEqualTypeOf<number | undefined>();
    }
    expect(isDomainError(error)).toBe(false);
  });
});
