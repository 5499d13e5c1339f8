import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from './indicator-definition.ts';
import { judge, resolveTargets } from './target-engine.ts';
import { buildEstablishment, buildIndicator, everyYear, steadyCapacity } from './test-builders.ts';

const TOULOUSE = '310781406';
const MONTPELLIER = '340780477';
const NIMES = '300780038';

// Rows in the order a fiche may well write them: the named rows last, so only specificity can pick them.
const named = buildIndicator({
  kind: { type: 'boolean' },
  targets: [
    { scope: { label: 'Tous' }, years: everyYear({ shape: 'boolean', expected: false }) },
    { scope: { label: 'CHU', categories: ['chu'], tiers: ['over-500'] }, years: everyYear({ shape: 'boolean' }) },
    {
      scope: { label: 'CHU de Toulouse et de Montpellier', finess: [TOULOUSE, MONTPELLIER] },
      years: everyYear({ shape: 'not-applicable', reason: 'pas de cible pour ce CHU' }),
    },
    {
      scope: { label: 'CHU de Nîmes', finess: [NIMES] },
      years: {
        '2026': { shape: 'not-applicable', reason: 'participation attendue à partir de 2027' },
        '2027': { shape: 'boolean', expected: true },
      },
    },
  ],
});

const chu = (finess: string) => buildEstablishment({ category: 'chu', finess, capacities: steadyCapacity(2000) });

function firstText(finess: string, year: number): string | undefined {
  return resolveTargets({ establishment: chu(finess), indicator: named, year, history: [] })[0]?.text;
}

describe('row selection by FINESS', () => {
  it('gives a row naming the establishment precedence over category and tier rows', () => {
    expect(firstText(TOULOUSE, 2027)).toBe('Sans objet : pas de cible pour ce CHU');
    expect(firstText(MONTPELLIER, 2027)).toBe('Sans objet : pas de cible pour ce CHU');
    expect(firstText(NIMES, 2026)).toBe('Sans objet : participation attendue à partir de 2027');
    expect(firstText(NIMES, 2027)).toBe('Oui');
  });

  it('leaves establishments the fiche does not name to the other rows', () => {
    expect(firstText('310000001', 2027)).toBe('Oui');
    const ch = buildEstablishment({ capacities: steadyCapacity(2000) });
    expect(resolveTargets({ establishment: ch, indicator: named, year: 2027, history: [] })[0]?.text).toBe('Non');
  });

  it('falls back to the wider rows in a year the named row skips', () => {
    expect(firstText(NIMES, 2028)).toBe('Oui');
  });

  it('keeps establishments of the same profile apart when judging many in a row', () => {
    const results = [TOULOUSE, NIMES, '310000001', MONTPELLIER].map(
      (finess) =>
        judge({
          establishment: chu(finess),
          indicator: named,
          year: 2027,
          history: [],
          reported: { year: 2027, value: true },
        }).judgement,
    );
    expect(results).toEqual(['not-applicable', 'met', 'met', 'not-applicable']);
  });

  it('refuses a FINESS number with a wrong check key in a fiche', () => {
    const fiche = {
      ...named,
      targets: [{ scope: { label: 'CHU', finess: ['310781407'] }, years: everyYear({ shape: 'boolean' }) }],
    };
    expect(indicatorDefinitionSchema.safeParse(fiche).success).toBe(false);
  });
});
