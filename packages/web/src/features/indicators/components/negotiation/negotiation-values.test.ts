import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { INDICATOR_LIMITS } from '@jalon/contract/indicators/indicator-limits';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { FieldError } from '../../../../lib/api-client.ts';
import type { Override } from '@jalon/contract/indicators/negotiated-target';
import {
  ALL_COMPONENTS,
  ficheRowIndexes,
  ficheRuleFor,
  initialComponent,
  negotiationBody,
  negotiationValidate,
  placeNegotiationErrors,
  startingValues,
  type EstablishmentFacts,
} from './negotiation-values.ts';

const t = ((key: string) => key) as unknown as TFunction;
const atLeast = (value: number) => ({ shape: 'threshold', comparator: '>=', value }) as const;

function fiche(overrides: Record<string, unknown>): IndicatorDefinition {
  return indicatorDefinitionSchema.parse({
    code: 'CPOM_OS_12',
    title: 'Mammographies et échographies',
    objective: 'Dépister',
    definition: 'Actes réalisés dans l’année.',
    kind: { type: 'count' },
    unit: 'actes',
    direction: 'higher-is-better',
    dataSources: ['PMSI'],
    measurement: { from: 2025, to: 2029 },
    targets: [{ scope: { label: 'Tous' }, years: { '2026': atLeast(10) } }],
    ...overrides,
  });
}

const ch: EstablishmentFacts = { finess: '120780184', category: 'ch', tier: '100-499' };

const tiered = fiche({
  targets: [
    { scope: { label: 'Tous' }, years: { '2026': atLeast(5) } },
    { scope: { label: 'Plus de 500 lits', tiers: ['over-500'] }, years: { '2026': atLeast(20) } },
    { scope: { label: '100 à 499 lits', tiers: ['100-499'] }, years: { '2026': atLeast(12) } },
    { scope: { label: 'CH de Millau', finess: ['120780184'] }, years: { '2027': atLeast(99) } },
  ],
});

const components = fiche({
  kind: {
    type: 'components',
    components: [
      { key: 'mammographies', label: 'Mammographies' },
      { key: 'echographies', label: 'Échographies' },
    ],
  },
  targets: [
    {
      scope: { label: 'CHU et CH', categories: ['chu', 'ch'] },
      component: 'mammographies',
      years: { '2026': atLeast(800) },
    },
    {
      scope: { label: 'CHU et CH', categories: ['chu', 'ch'] },
      component: 'echographies',
      years: { '2026': atLeast(200) },
    },
    { scope: { label: 'Cliniques', categories: ['clinic'] }, years: { '2026': { shape: 'not-applicable' } } },
  ],
});

function override(component: string | null, value: number, version = 1): Override {
  return {
    code: 'CPOM_OS_12',
    year: 2026,
    component: component === null ? null : { key: component, label: component },
    rule: atLeast(value),
    ruleText: `≥ ${value}`,
    reason: `Avenant ${version}`,
    version,
    updatedAt: '2026-03-01T10:00:00.000Z',
    updatedBy: { id: 'u1', name: 'Sophie Garnier' },
  };
}

describe('the fiche’s rule for the establishment', () => {
  it('takes the row of the establishment’s tier over the row for everyone, and a row naming it over both', () => {
    expect(ficheRuleFor(tiered, ch, null, 2026)).toEqual(atLeast(12));
    expect(ficheRuleFor(tiered, { ...ch, tier: 'over-500' }, null, 2026)).toEqual(atLeast(20));
    expect(ficheRuleFor(tiered, ch, null, 2027)).toEqual(atLeast(99));
  });

  it('falls back to the row for everyone when the tier is unknown, and to nothing when the year has no rule', () => {
    expect(ficheRuleFor(tiered, { ...ch, tier: null }, null, 2026)).toEqual(atLeast(5));
    expect(ficheRuleFor(tiered, ch, null, 2029)).toBeUndefined();
  });

  it('reads the component’s own row, and any row of the year for all components', () => {
    expect(ficheRuleFor(components, ch, 'echographies', 2026)).toEqual(atLeast(200));
    expect(ficheRuleFor(components, ch, null, 2026)).toEqual(atLeast(800));
  });

  it('lists each component’s row for all components, leaving out a row meant for other establishments', () => {
    expect(ficheRowIndexes(components, ch, null, 2026)).toEqual([0, 1]);
    expect(ficheRowIndexes(components, { ...ch, category: 'clinic' }, null, 2026)).toEqual([2]);
    expect(ficheRowIndexes(components, ch, null, 2031)).toEqual([]);
  });
});

describe('where the form starts', () => {
  it('starts from the fiche’s rule with no reason and nothing to replace when nothing is negotiated', () => {
    expect(initialComponent([], 'CPOM_OS_12', 2026)).toBe(ALL_COMPONENTS);
    expect(startingValues(tiered, ch, [], 2026, ALL_COMPONENTS)).toEqual({
      values: { component: ALL_COMPONENTS, rule: atLeast(12), reason: '' },
      base: undefined,
    });
  });

  it('opens on the negotiated component, with its rule, its reason and its version to replace', () => {
    const negotiated = [override('mammographies', 650, 3)];
    const component = initialComponent(negotiated, 'CPOM_OS_12', 2026);
    expect(component).toBe('mammographies');
    const start = startingValues(components, ch, negotiated, 2026, component);
    expect(start.values).toEqual({ component: 'mammographies', rule: atLeast(650), reason: 'Avenant 3' });
    expect(start.base?.version).toBe(3);
    // The other component keeps the fiche's rule.
    expect(startingValues(components, ch, negotiated, 2026, 'echographies')).toMatchObject({
      values: { rule: atLeast(200) },
      base: undefined,
    });
  });

  it('ignores rules negotiated for another indicator or year', () => {
    const elsewhere = [
      { ...override(null, 3), code: 'CPOM_OS_1' },
      { ...override(null, 4), year: 2025 },
    ];
    expect(startingValues(tiered, ch, elsewhere, 2026, ALL_COMPONENTS).base).toBeUndefined();
  });
});

describe('what is sent', () => {
  it('sends null for all components and a trimmed reason', () => {
    expect(negotiationBody({ component: ALL_COMPONENTS, rule: atLeast(12), reason: '  Avenant n° 2  ' })).toEqual({
      component: null,
      rule: atLeast(12),
      reason: 'Avenant n° 2',
    });
    expect(negotiationBody({ component: 'mammographies', rule: atLeast(650), reason: 'x' }).component).toBe(
      'mammographies',
    );
  });

  it('asks for a reason and a complete rule before sending', () => {
    const validate = negotiationValidate(t);
    expect(validate({ component: ALL_COMPONENTS, rule: atLeast(12), reason: 'Avenant' })).toEqual({});
    expect(Object.keys(validate({ component: ALL_COMPONENTS, rule: atLeast(12), reason: '   ' }))).toEqual(['reason']);
    expect(
      Object.keys(
        validate({
          component: ALL_COMPONENTS,
          rule: { shape: 'threshold', comparator: '>=', value: Number.NaN },
          reason: 'x',
        }),
      ),
    ).toEqual(['rule']);
    expect(Object.keys(validate({ component: ALL_COMPONENTS, rule: undefined, reason: 'x'.repeat(1001) }))).toEqual([
      'reason',
      'rule',
    ]);
    // The request schema trims before counting, as the server does.
    expect(
      validate({ component: ALL_COMPONENTS, rule: atLeast(12), reason: `${'x'.repeat(INDICATOR_LIMITS.reason)}   ` }),
    ).toEqual({});
  });

  it('places the server’s errors on the rule, the reason and the component, and lists the year above the form', () => {
    const errors: FieldError[] = [
      { path: 'rule.value', code: 'INVALID_RULE', message: 'Nombre attendu' },
      { path: 'rule.shape', code: 'INVALID_RULE', message: 'Forme inconnue' },
      { path: 'reason', code: 'TOO_SMALL', message: 'Motif obligatoire' },
      { path: 'component', code: 'UNKNOWN_COMPONENT', message: 'Composante inconnue' },
      { path: 'year', code: 'YEAR_OUT_OF_PERIOD', message: 'Hors période' },
    ];
    expect(placeNegotiationErrors(errors, (error) => error.message)).toEqual({
      fields: { rule: 'Nombre attendu', reason: 'Motif obligatoire', component: 'Composante inconnue' },
      others: ['Hors période'],
    });
  });
});
