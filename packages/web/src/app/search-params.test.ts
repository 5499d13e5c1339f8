import { describe, expect, it } from 'vitest';
import { safeRedirect, textSearch } from './search-params.ts';

describe('safeRedirect', () => {
  it('keeps local paths only', () => {
    expect(safeRedirect('/administration/organisations?q=rouen')).toBe('/administration/organisations?q=rouen');
    expect(safeRedirect('https://evil.example')).toBeNull();
    expect(safeRedirect('//evil.example')).toBeNull();
    expect(safeRedirect('/\\evil.example')).toBeNull();
    expect(safeRedirect('/connexion')).toBeNull();
    expect(safeRedirect(42)).toBeNull();
  });
});

describe('textSearch', () => {
  it('drops blank queries and invalid pages', () => {
    expect(textSearch({ q: '  ', page: 'x' })).toEqual({});
    expect(textSearch({ q: 'chu', page: '3' })).toEqual({ q: 'chu', page: 3 });
    expect(textSearch({ page: 1 })).toEqual({});
  });
});
