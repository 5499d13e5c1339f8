import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { EstablishmentProfile } from '../organisation/establishment.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { judge, resolveTargets } from './target-engine.ts';
import {
  buildCountIndicator,
  buildEstablishment,
  buildIndicator,
  buildRateIndicator,
  everyYear,
  steadyCapacity,
} from './test-builders.ts';

function resolve(
  indicator: IndicatorDefinition,
  year: number,
  history: IndicatorValue[] = [],
  establishment: EstablishmentProfile = buildEstablishment(),
) {
  return resolveTargets({ establishment, indicator, year, history });
}

const tiered = buildIndicator({
  targets: [
    { scope: { label: 'Tous' }, years: everyYear({ shape: 'threshold', comparator: '>=', value: 1 }) },
    {
      scope: { label: '> 500 lits', tiers: ['over-500'] },
      years: everyYear({ shape: 'threshold', comparator: '>=', value: 5 }),
    },
    {
      scope: { label: '100-499 lits', tiers: ['100-499'] },
      years: everyYear({ shape: 'threshold', comparator: '>=', value: 3 }),
    },
    {
      scope: { label: 'CHU', categories: ['chu'] },
      years: everyYear({ shape: 'threshold', comparator: '>=', value: 8 }),
    },
    {
      scope: { label: 'CH > 500 lits', categories: ['ch'], tiers: ['over-500'] },
      years: everyYear({ shape: 'threshold', comparator: '>=', value: 6 }),
    },
  ],
});

describe('resolveTargets: which row applies', () => {
  it('takes the tier from the year’s beds, 500 beds counting as over 500', () => {
    const clinic = (beds: number) => buildEstablishment({ category: 'clinic', capacities: steadyCapacity(beds) });
    expect(resolve(tiered, 2026, [], clinic(500))[0]?.value).toBe(5);
    expect(resolve(tiered, 2026, [], clinic(499))[0]?.value).toBe(3);
    expect(resolve(tiered, 2026, [], clinic(99))[0]?.value).toBe(1);
  });

  it('prefers categories and tiers, then categories, then tiers, then everyone', () => {
    const big = steadyCapacity(800);
    expect(resolve(tiered, 2026, [], buildEstablishment({ category: 'ch', capacities: big }))[0]?.value).toBe(6);
    expect(resolve(tiered, 2026, [], buildEstablishment({ category: 'chu', capacities: big }))[0]?.value).toBe(8);
    expect(resolve(tiered, 2026, [], buildEstablishment({ category: 'espic', capacities: big }))[0]?.value).toBe(5);
  });

  it('uses the capacity of the judged year, not another one', () => {
    const growing = buildEstablishment({
      category: 'clinic',
      capacities: [
        { year: 2025, beds: 450, places: 0 },
        { year: 2026, beds: 520, places: 0 },
      ],
    });
    expect(resolve(tiered, 2025, [], growing)[0]?.value).toBe(3);
    expect(resolve(tiered, 2026, [], growing)[0]?.value).toBe(5);
  });

  it('waits for the capacity when a tier row could apply', () => {
    const unknown = buildEstablishment({ category: 'clinic', capacities: [] });
    expect(resolve(tiered, 2026, [], unknown)).toEqual([
      { status: 'pending', missing: ['capacité 2026'], text: 'En attente (capacité 2026 inconnue)' },
    ]);
    const result = judge({
      establishment: unknown,
      indicator: tiered,
      year: 2026,
      history: [],
      reported: { year: 2026, value: 9 },
    });
    expect(result.judgement).toBe('pending');
    expect(result.explanation).toBe('En attente : capacité 2026 inconnue, nécessaire au calcul de la cible');
  });

  it('needs no capacity when a category row outranks every tier row', () => {
    const chu = buildEstablishment({ category: 'chu', capacities: [] });
    expect(resolve(tiered, 2026, [], chu)[0]?.value).toBe(8);
  });

  it('matches legal statuses and falls back to a wider row when the specific one skips the year', () => {
    const indicator = buildIndicator({
      targets: [
        { scope: { label: 'Tous' }, years: everyYear({ shape: 'threshold', comparator: '>=', value: 2 }) },
        {
          scope: { label: 'Public', legalStatuses: ['public'] },
          years: { '2025': { shape: 'threshold', comparator: '>=', value: 4 } },
        },
      ],
    });
    expect(resolve(indicator, 2025)[0]?.value).toBe(4);
    expect(resolve(indicator, 2026)[0]?.value).toBe(2);
    expect(resolve(indicator, 2025, [], buildEstablishment({ legalStatus: 'private-for-profit' }))[0]?.value).toBe(2);
  });

  it('says "Sans objet" when no row concerns the establishment', () => {
    const chuOnly = buildIndicator({
      targets: [{ scope: { label: 'CHU', categories: ['chu'] }, years: everyYear({ shape: 'boolean' }) }],
    });
    expect(resolve(chuOnly, 2025)).toEqual([{ status: 'not-applicable', text: 'Sans objet' }]);
  });

  it('returns one target per component row', () => {
    const indicator = buildIndicator({
      kind: {
        type: 'components',
        components: [
          { key: 'mammo', label: 'Mammographies' },
          { key: 'echo', label: 'Échographies' },
        ],
      },
      targets: [
        {
          scope: { label: 'Tous' },
          component: 'mammo',
          years: everyYear({ shape: 'threshold', comparator: '>=', value: 700 }),
        },
        { scope: { label: 'Tous' }, component: 'echo', years: everyYear({ shape: 'positive-progression' }) },
      ],
    });
    const targets = resolve(indicator, 2025, [{ year: 2024, components: { mammo: 690, echo: 300 } }]);
    expect(targets.map((t) => [t.component, t.text])).toEqual([
      ['mammo', '≥ 700'],
      ['echo', '> 300'],
    ]);
  });
});

describe('resolveTargets: period, applicability and overrides', () => {
  it('throws YEAR_OUT_OF_PERIOD outside the measurement period', () => {
    const indicator = buildIndicator();
    expect(() => resolve(indicator, 2024)).toThrowError(DomainError);
    try {
      judge({ establishment: buildEstablishment(), indicator, year: 2030, history: [] });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).code).toBe('YEAR_OUT_OF_PERIOD');
      expect((error as DomainError).message).toContain('2025-2029');
    }
  });

  it('gives a not-applicable target with the reasons when applicability fails', () => {
    const gh = buildIndicator({ applicability: [{ type: 'ght-member' }] });
    const outsider = buildEstablishment({ ghtMember: false, ghtAssociated: true });
    expect(resolve(gh, 2025, [], outsider)).toEqual([
      { status: 'not-applicable', text: 'Sans objet : Réservé aux membres d’un GHT' },
    ]);
  });

  it('replaces the fiche’s rule with a negotiated override, for every targeted component', () => {
    const indicator = buildRateIndicator({ '2026': { shape: 'threshold', comparator: '>=', value: 15 } });
    const [target] = resolveTargets({
      establishment: buildEstablishment(),
      indicator,
      year: 2026,
      history: [],
      override: { shape: 'threshold', comparator: '>=', value: 12 },
    });
    expect(target).toMatchObject({ status: 'resolved', value: 12, text: '≥ 12 %' });
  });

  it('replaces the rule of one component only, the others keeping the fiche’s', () => {
    const indicator = buildIndicator({
      kind: {
        type: 'components',
        components: [
          { key: 'mammo', label: 'Mammographies' },
          { key: 'echo', label: 'Échographies' },
        ],
      },
      targets: [
        {
          scope: { label: 'Tous' },
          component: 'mammo',
          years: { '2026': { shape: 'threshold', comparator: '>=', value: 800 } },
        },
        {
          scope: { label: 'Tous' },
          component: 'echo',
          years: { '2026': { shape: 'threshold', comparator: '>=', value: 200 } },
        },
      ],
    });
    const targets = resolveTargets({
      establishment: buildEstablishment(),
      indicator,
      year: 2026,
      history: [],
      override: { shape: 'threshold', comparator: '>=', value: 1 },
      negotiated: [{ year: 2026, component: 'mammo', rule: { shape: 'threshold', comparator: '>=', value: 650 } }],
    });
    expect(targets.map((t) => [t.component, t.value])).toEqual([
      ['mammo', 650],
      ['echo', 1],
    ]);
    const onlyOne = resolveTargets({
      establishment: buildEstablishment(),
      indicator,
      year: 2026,
      history: [],
      negotiated: [
        { year: 2026, component: 'echo', rule: { shape: 'threshold', comparator: '>=', value: 150 } },
        { year: 2025, rule: { shape: 'threshold', comparator: '>=', value: 999 } },
      ],
    });
    expect(onlyOne.map((t) => [t.component, t.value])).toEqual([
      ['mammo', 800],
      ['echo', 150],
    ]);
  });

  it('leaves out the rows of other establishments when one component is negotiated', () => {
    const indicator = buildIndicator({
      kind: {
        type: 'components',
        components: [
          { key: 'mammo', label: 'Mammographies' },
          { key: 'echo', label: 'Échographies' },
        ],
      },
      targets: [
        {
          scope: { label: 'CH', categories: ['ch'] },
          component: 'mammo',
          years: { '2026': { shape: 'threshold', comparator: '>=', value: 800 } },
        },
        {
          scope: { label: 'CH', categories: ['ch'] },
          component: 'echo',
          years: { '2026': { shape: 'threshold', comparator: '>=', value: 200 } },
        },
        { scope: { label: 'Cliniques', categories: ['clinic'] }, years: { '2026': { shape: 'not-applicable' } } },
      ],
    });
    const targets = resolveTargets({
      establishment: buildEstablishment({ category: 'ch' }),
      indicator,
      year: 2026,
      history: [],
      negotiated: [{ year: 2026, component: 'mammo', rule: { shape: 'threshold', comparator: '>=', value: 650 } }],
    });
    expect(targets.map((t) => [t.component, t.value])).toEqual([
      ['mammo', 650],
      ['echo', 200],
    ]);
  });

  it('grows a previous-target chain from the target negotiated the year before', () => {
    const indicator = buildCountIndicator({
      '2025': { shape: 'percent-increase', percent: 3 },
      '2026': { shape: 'percent-increase', percent: 5, base: 'previous-target' },
    });
    const history = [{ year: 2024, value: 740 }];
    const fromFiche = resolveTargets({ establishment: buildEstablishment(), indicator, year: 2026, history });
    expect(fromFiche[0]?.value).toBe(800);
    const negotiated = [{ year: 2025, rule: { shape: 'threshold' as const, comparator: '>=' as const, value: 650 } }];
    const fromNegotiated = resolveTargets({
      establishment: buildEstablishment(),
      indicator,
      year: 2026,
      history,
      negotiated,
    });
    expect(fromNegotiated[0]?.value).toBe(683);
  });

  it('chains an override from the fiche’s previous target', () => {
    const indicator = buildCountIndicator({
      '2025': { shape: 'threshold', comparator: '>=', value: 100 },
      '2026': { shape: 'increment', amount: 5 },
    });
    const [target] = resolveTargets({
      establishment: buildEstablishment(),
      indicator,
      year: 2026,
      history: [],
      override: { shape: 'increment', amount: 2, base: 'previous-target' },
    });
    expect(target?.value).toBe(102);
  });
});
