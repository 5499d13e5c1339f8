import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { cpomOccitanie20252029 } from './catalogue.ts';
import { fichesPart1 } from './fiches-territorial.ts';
import { fichesPart2 } from './fiches-strategic.ts';

const range = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
const CANONICAL_CODES = [...range('CPOM_CT_', 8), ...range('CPOM_OS_', 22)];
const CPOM_YEARS = ['2025', '2026', '2027', '2028', '2029'];

/** Every spelling a document may use, mapped to the fiche it names. */
function lookup(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const fiche of cpomOccitanie20252029.indicators) {
    for (const name of [fiche.code, ...fiche.aliases]) {
      expect(byName.has(name), `${name} names two fiches`).toBe(false);
      byName.set(name, fiche.code);
    }
  }
  return byName;
}

describe('CPOM Occitanie 2025-2029 catalogue', () => {
  it('holds exactly the 30 canonical fiches, in order', () => {
    expect(cpomOccitanie20252029.indicators.map((fiche) => fiche.code)).toEqual(CANONICAL_CODES);
  });

  it('validates every fiche on its own', () => {
    for (const fiche of [...fichesPart1, ...fichesPart2]) {
      const parsed = indicatorDefinitionSchema.safeParse(fiche);
      expect(parsed.success, `${fiche.code}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('resolves the zero-padded spellings of the seed to their canonical fiche', () => {
    const byName = lookup();
    expect(byName.get('CPOM_CT_07')).toBe('CPOM_CT_7');
    expect(byName.get('CPOM_CT_08')).toBe('CPOM_CT_8');
    for (const code of CANONICAL_CODES) expect(byName.get(code)).toBe(code);
  });

  it('covers the whole CPOM period in every target row', () => {
    for (const fiche of cpomOccitanie20252029.indicators) {
      expect(fiche.measurement).toEqual({ from: 2025, to: 2029 });
      for (const row of fiche.targets) {
        expect(Object.keys(row.years).sort(), `${fiche.code} / ${row.scope.label}`).toEqual(CPOM_YEARS);
      }
    }
  });
});
