import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomOs4 } from './cpom-os-4.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs4);

describe('CPOM_OS_4', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomOs4).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_OS_4');
    expect(fiche.kind.type).toBe('boolean');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('expects the charter signed in 2025 and kept every year after', () => {
    for (const profile of [
      establishment({ category: 'ch', beds: 200 }),
      establishment({ category: 'clinic', beds: 90 }),
    ]) {
      expect(targetsByYear(fiche, profile)).toEqual({
        2025: ['oui'],
        2026: ['oui'],
        2027: ['oui'],
        2028: ['oui'],
        2029: ['oui'],
      });
    }
  });

  it('judges an unsigned charter as not met', () => {
    const ch = establishment({ category: 'ch', beds: 200 });
    const result = judge({
      establishment: ch,
      indicator: fiche,
      year: 2025,
      history: [],
      reported: { year: 2025, value: false },
    });
    expect(result.judgement).toBe('not-met');
  });
});
