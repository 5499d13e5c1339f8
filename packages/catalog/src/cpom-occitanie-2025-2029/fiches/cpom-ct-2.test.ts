import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomCt2 } from './cpom-ct-2.ts';

const fiche = indicatorDefinitionSchema.parse(cpomCt2);
const FIRST_YEAR = 'jalon: Partenaires potentiels identifiés et discussions engagées';
const total = (value: number) => `>= ${value} en cumul depuis 2025`;

describe('CPOM_CT_2', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomCt2).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_CT_2');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('asks the largest establishments for 3 projects over the period', () => {
    expect(targetsByYear(fiche, establishment({ category: 'chu', beds: 1200 }))).toEqual({
      2025: [FIRST_YEAR],
      2026: [total(1)],
      2027: [total(1)],
      2028: [total(2)],
      2029: [total(3)],
    });
  });

  it('asks intermediate establishments for 2 projects over the period', () => {
    expect(targetsByYear(fiche, establishment({ category: 'clinic', beds: 180 }))).toEqual({
      2025: [FIRST_YEAR],
      2026: [total(0)],
      2027: [total(1)],
      2028: [total(1)],
      2029: [total(2)],
    });
  });

  it('asks the smallest establishments for 1 project from 2028', () => {
    expect(targetsByYear(fiche, establishment({ category: 'ch', beds: 80 }))).toEqual({
      2025: [FIRST_YEAR],
      2026: [total(0)],
      2027: [total(0)],
      2028: [total(1)],
      2029: [total(1)],
    });
  });

  it('judges 2025 on the milestone declared with the count, and asks for it when only the count came', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const declared = judge({
      establishment: ch,
      indicator: fiche,
      year: 2025,
      history: [],
      reported: { year: 2025, value: 0, milestoneReached: true },
    });
    const countOnly = judge({
      establishment: ch,
      indicator: fiche,
      year: 2025,
      history: [],
      reported: { year: 2025, value: 1 },
    });
    expect(declared.judgement).toBe('met');
    expect(countOnly).toMatchObject({ judgement: 'pending', explanation: 'En attente : jalon 2025 non déclaré' });
  });

  it('sums the projects formalised each year since 2025, the milestone year included', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const history = [
      { year: 2025, value: 0, milestoneReached: true },
      { year: 2026, value: 1 },
      { year: 2027, value: 0 },
    ];
    const met = judge({ establishment: ch, indicator: fiche, year: 2028, history, reported: { year: 2028, value: 0 } });
    const short = judge({
      establishment: ch,
      indicator: fiche,
      year: 2029,
      history: [...history, { year: 2028, value: 0 }],
      reported: { year: 2029, value: 0 },
    });
    expect([met.judgement, short.judgement]).toEqual(['met', 'not-met']);
  });
});
