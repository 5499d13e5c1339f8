import { describe, expect, it } from 'vitest';
import { asSnapshot, diffSnapshots, displayValue } from './audit-diff.ts';

describe('diffSnapshots', () => {
  it('lists only the fields that changed, ignoring bookkeeping', () => {
    const before = { name: 'CH Nord', finess: '310000000', version: 1, updatedAt: 'a' };
    const after = { name: 'CH du Nord', finess: '310000000', version: 2, updatedAt: 'b' };
    expect(diffSnapshots(before, after)).toEqual([{ field: 'name', before: 'CH Nord', after: 'CH du Nord' }]);
  });

  it('walks nested objects under dotted names', () => {
    const before = { establishment: { category: 'ch', capacities: [{ year: 2025, beds: 300 }] } };
    const after = { establishment: { category: 'ch', capacities: [{ year: 2025, beds: 320 }] } };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'establishment.capacities', before: [{ year: 2025, beds: 300 }], after: [{ year: 2025, beds: 320 }] },
    ]);
  });

  it('ignores key order and derived fields', () => {
    const before = { establishment: { category: 'ch', department: '12' }, path: [{ id: 'r' }], childCount: 2 };
    const after = { establishment: { department: '12', category: 'ch' }, path: [{ id: 'g' }], childCount: 3 };
    expect(diffSnapshots(before, after)).toEqual([]);
  });

  it('spreads a nested object created from nothing over its fields', () => {
    expect(diffSnapshots(null, { establishment: { category: 'ch', department: '12' } })).toEqual([
      { field: 'establishment.category', before: null, after: 'ch' },
      { field: 'establishment.department', before: null, after: '12' },
    ]);
  });

  it('shows every field of a creation and of a deletion', () => {
    expect(diffSnapshots(null, { name: 'Pôle A', kind: 'grouping' })).toEqual([
      { field: 'kind', before: null, after: 'grouping' },
      { field: 'name', before: null, after: 'Pôle A' },
    ]);
    expect(diffSnapshots({ name: 'Pôle A' }, null)).toEqual([{ field: 'name', before: 'Pôle A', after: null }]);
  });
});

describe('displayValue', () => {
  it('renders empties as a dash and lists as text', () => {
    expect(displayValue(null)).toBe('—');
    expect(displayValue([])).toBe('—');
    expect(displayValue(['emergency', 'had'])).toBe('emergency, had');
    expect(displayValue(true)).toBe('true');
    expect(displayValue([{ id: 'g1', name: 'GHT Aveyron' }])).toBe('GHT Aveyron');
    expect(displayValue({ year: 2026, beds: 160 })).toBe('year 2026 · beds 160');
  });
});

describe('asSnapshot', () => {
  it('keeps an object and reads anything else as no snapshot', () => {
    expect(asSnapshot({ name: 'CHU' })).toEqual({ name: 'CHU' });
    expect(asSnapshot(null)).toBeNull();
    expect(asSnapshot(['a'])).toBeNull();
    expect(asSnapshot('texte')).toBeNull();
  });
});
