import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { cpomOs20 } from './cpom-os-20.ts';

describe('CPOM_OS_20', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    const fiche = indicatorDefinitionSchema.parse(cpomOs20);
    expect(fiche.code).toBe('CPOM_OS_20');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });
});
