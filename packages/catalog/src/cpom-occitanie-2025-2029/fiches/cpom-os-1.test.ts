import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomOs1 } from './cpom-os-1.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs1);

describe('CPOM_OS_1', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomOs1).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_OS_1');
    expect(fiche.kind).toMatchObject({ type: 'rate', scale: 100 });
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('raises the share of staff trained from 10 % to 30 % for every establishment', () => {
    for (const profile of [
      establishment({ category: 'chu', beds: 1300 }),
      establishment({ category: 'had', beds: 0, places: 60 }),
    ]) {
      expect(targetsByYear(fiche, profile)).toEqual({
        2025: ['>= 10'],
        2026: ['>= 15'],
        2027: ['>= 20'],
        2028: ['>= 25'],
        2029: ['>= 30'],
      });
    }
  });

  it('judges the rate computed from trained staff over headcount', () => {
    const ch = establishment({ category: 'ch', beds: 350 });
    const reached = judge({
      establishment: ch,
      indicator: fiche,
      year: 2027,
      history: [],
      reported: { year: 2027, numerator: 240, denominator: 1200 },
    });
    const below = judge({
      establishment: ch,
      indicator: fiche,
      year: 2027,
      history: [],
      reported: { year: 2027, numerator: 230, denominator: 1200 },
    });
    expect([reached.judgement, below.judgement]).toEqual(['met', 'not-met']);
  });
});
