import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { cpomOs2 } from './cpom-os-2.ts';

describe('CPOM_OS_2', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    const parsed = indicatorDefinitionSchema.safeParse(cpomOs2);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const fiche = indicatorDefinitionSchema.parse(cpomOs2);
    expect(fiche.code).toBe('CPOM_OS_2');
    expect(fiche.measurement).toEqual({ from: 2025, to: 2029 });
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });
});
