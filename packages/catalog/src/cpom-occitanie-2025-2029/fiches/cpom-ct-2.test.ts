import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { cpomCt2 } from './cpom-ct-2.ts';

describe('CPOM_CT_2', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    const parsed = indicatorDefinitionSchema.safeParse(cpomCt2);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const fiche = indicatorDefinitionSchema.parse(cpomCt2);
    expect(fiche.code).toBe('CPOM_CT_2');
    expect(fiche.measurement).toEqual({ from: 2025, to: 2029 });
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });
});
