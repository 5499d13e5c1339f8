import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { cpomOs4 } from './cpom-os-4.ts';

describe('CPOM_OS_4', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    const parsed = indicatorDefinitionSchema.safeParse(cpomOs4);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const fiche = indicatorDefinitionSchema.parse(cpomOs4);
    expect(fiche.code).toBe('CPOM_OS_4');
    expect(fiche.measurement).toEqual({ from: 2025, to: 2029 });
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });
});
