import { describe, expect, it } from 'vitest';
import { applicableIndicators, evaluateApplicability } from './applicability.ts';
import type { IndicatorDefinitionInput } from './indicator-definition.ts';
import { buildEstablishment, buildIndicator, steadyCapacity } from './test-builders.ts';

const withConditions = (applicability: IndicatorDefinitionInput['applicability']) => buildIndicator({ applicability });

describe('evaluateApplicability', () => {
  const ch = buildEstablishment();

  it('applies when there is no condition', () => {
    expect(evaluateApplicability(ch, buildIndicator(), 2025)).toEqual({ status: 'applicable', reasons: [] });
  });

  it('gives a French reason for each kind of condition that fails', () => {
    const clinic = buildEstablishment({
      category: 'clinic',
      legalStatus: 'private-for-profit',
      ghtMember: false,
      ghtAssociated: true,
      finess: '340000002',
    });
    const cases: [IndicatorDefinitionInput['applicability'], string][] = [
      [[{ type: 'ght-member' }], 'Réservé aux membres d’un GHT'],
      [[{ type: 'categories', include: ['chu', 'ch'] }], 'Réservé aux établissements de catégorie CHU et CH'],
      [[{ type: 'exclude-categories', exclude: ['clinic'] }], 'Catégorie clinique privée exclue par la fiche'],
      [
        [{ type: 'legal-statuses', include: ['public', 'private-non-profit'] }],
        'Réservé aux établissements de statut public et privé à but non lucratif',
      ],
      [
        [{ type: 'authorisation', authorisation: 'emergency' }],
        'Réservé aux établissements autorisés en structure des urgences',
      ],
      [[{ type: 'finess', include: ['310000001'] }], 'Réservé aux établissements désignés par la fiche'],
    ];
    for (const [conditions, reason] of cases) {
      expect(evaluateApplicability(clinic, withConditions(conditions), 2025)).toEqual({
        status: 'not-applicable',
        reasons: [reason],
      });
    }
  });

  it('accepts establishments that meet every condition', () => {
    const had = buildEstablishment({ authorisations: ['had'], finess: '310000001' });
    const indicator = withConditions([
      { type: 'ght-member' },
      { type: 'categories', include: ['ch'] },
      { type: 'exclude-categories', exclude: ['clinic'] },
      { type: 'legal-statuses', include: ['public'] },
      { type: 'authorisation', authorisation: 'had' },
      { type: 'finess', include: ['310000001'] },
      { type: 'tiers', include: ['100-499'] },
    ]);
    expect(evaluateApplicability(had, indicator, 2025).status).toBe('applicable');
  });

  it('lists every failing condition, not only the first', () => {
    const indicator = withConditions([{ type: 'ght-member' }, { type: 'authorisation', authorisation: 'had' }]);
    expect(evaluateApplicability(buildEstablishment({ ghtMember: false }), indicator, 2025).reasons).toHaveLength(2);
  });

  it('checks tiers against the year’s capacity', () => {
    const big = withConditions([{ type: 'tiers', include: ['over-500'] }]);
    expect(evaluateApplicability(ch, big, 2025)).toEqual({
      status: 'not-applicable',
      reasons: ['Réservé aux établissements de plus de 500 lits'],
    });
    const chu = buildEstablishment({ capacities: steadyCapacity(1200) });
    expect(evaluateApplicability(chu, big, 2025).status).toBe('applicable');
  });

  it('is undetermined without the year’s capacity, unless another condition already fails', () => {
    const big = withConditions([{ type: 'tiers', include: ['over-500'] }]);
    const unknown = buildEstablishment({ capacities: [{ year: 2024, beds: 800, places: 0 }] });
    expect(evaluateApplicability(unknown, big, 2025)).toEqual({
      status: 'undetermined',
      reasons: ['capacité 2025 inconnue'],
    });
    const outsider = buildEstablishment({ ghtMember: false, capacities: [] });
    const both = withConditions([{ type: 'tiers', include: ['over-500'] }, { type: 'ght-member' }]);
    expect(evaluateApplicability(outsider, both, 2025)).toEqual({
      status: 'not-applicable',
      reasons: ['Réservé aux membres d’un GHT'],
    });
  });

  it('uses the latest known capacity when no year is given', () => {
    const big = withConditions([{ type: 'tiers', include: ['over-500'] }]);
    const grown = buildEstablishment({
      capacities: [
        { year: 2026, beds: 600, places: 0 },
        { year: 2024, beds: 300, places: 0 },
      ],
    });
    expect(evaluateApplicability(grown, big).status).toBe('applicable');
    expect(evaluateApplicability(buildEstablishment({ capacities: [] }), big)).toEqual({
      status: 'undetermined',
      reasons: ['capacité inconnue'],
    });
  });
});

describe('applicableIndicators', () => {
  it('evaluates every indicator of a catalogue for the establishment', () => {
    const everyone = buildIndicator({ code: 'ALL' });
    const ghtOnly = buildIndicator({ code: 'GHT', applicability: [{ type: 'ght-member' }] });
    const bigOnly = buildIndicator({ code: 'BIG', applicability: [{ type: 'tiers', include: ['over-500'] }] });
    const partner = buildEstablishment({ ghtMember: false, ghtAssociated: true, capacities: [] });
    const result = applicableIndicators(partner, [everyone, ghtOnly, bigOnly], 2026);
    expect(result.map((r) => [r.indicator.code, r.applicable, r.reasons, r.undetermined])).toEqual([
      ['ALL', true, [], undefined],
      ['GHT', false, ['Réservé aux membres d’un GHT'], undefined],
      ['BIG', false, ['capacité 2026 inconnue'], true],
    ]);
  });
});
