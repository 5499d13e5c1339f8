import type { Capacity, EstablishmentProfile } from '../organisation/establishment.ts';
import type { z } from 'zod';
import {
  indicatorDefinitionSchema,
  targetRuleSchema,
  type IndicatorDefinition,
  type IndicatorDefinitionInput,
  type TargetRule,
} from './indicator-definition.ts';

export type TargetRuleInput = z.input<typeof targetRuleSchema>;

/**
 * Small builders for indicator and establishment fixtures. Tests state only
 * what matters to them; everything else gets a plausible default.
 */

const PERIOD = { from: 2025, to: 2029 } as const;

/** One rule for every year of the 2025-2029 period. */
export function everyYear(rule: TargetRuleInput): Record<string, TargetRule> {
  const parsed = targetRuleSchema.parse(rule);
  const years: Record<string, TargetRule> = {};
  for (let year = PERIOD.from; year <= PERIOD.to; year++) years[String(year)] = parsed;
  return years;
}

/** A count indicator for everyone, ≥ 1 every year, unless overridden. Parsed, so defaults apply. */
export function buildIndicator(overrides: Partial<IndicatorDefinitionInput> = {}): IndicatorDefinition {
  return indicatorDefinitionSchema.parse({
    code: 'TEST_1',
    title: 'Indicateur de test',
    objective: 'Vérifier le moteur de cibles',
    definition: 'Indicateur construit pour les tests',
    kind: { type: 'count' },
    unit: 'nombre',
    direction: 'higher-is-better',
    dataSources: ['Déclaratif'],
    measurement: PERIOD,
    targets: [
      {
        scope: { label: 'Tous les établissements' },
        years: everyYear({ shape: 'threshold', comparator: '>=', value: 1 }),
      },
    ],
    ...overrides,
  });
}

/** A rate indicator (percentage) with the given yearly rules for everyone. */
export function buildRateIndicator(
  years: Record<string, TargetRuleInput>,
  overrides: Partial<IndicatorDefinitionInput> = {},
): IndicatorDefinition {
  return buildIndicator({
    kind: { type: 'rate', numerator: 'Numérateur', denominator: 'Dénominateur', scale: 100 },
    unit: '%',
    targets: [{ scope: { label: 'Tous les établissements' }, years: parseYears(years) }],
    ...overrides,
  });
}

/** A count indicator with the given yearly rules for everyone. */
export function buildCountIndicator(
  years: Record<string, TargetRuleInput>,
  overrides: Partial<IndicatorDefinitionInput> = {},
): IndicatorDefinition {
  return buildIndicator({
    targets: [{ scope: { label: 'Tous les établissements' }, years: parseYears(years) }],
    ...overrides,
  });
}

function parseYears(years: Record<string, TargetRuleInput>): Record<string, TargetRule> {
  const parsed: Record<string, TargetRule> = {};
  for (const [year, rule] of Object.entries(years)) parsed[year] = targetRuleSchema.parse(rule);
  return parsed;
}

/** The same bed count for 2020-2030, enough for any test year. */
export function steadyCapacity(beds: number, places = 0): Capacity[] {
  const capacities: Capacity[] = [];
  for (let year = 2020; year <= 2030; year++) capacities.push({ year, beds, places });
  return capacities;
}

/** A public CH of 300 beds, GHT member, with no authorisation, unless overridden. */
export function buildEstablishment(overrides: Partial<EstablishmentProfile> = {}): EstablishmentProfile {
  return {
    id: 'etab-1',
    name: 'Centre hospitalier de test',
    finess: '310000001',
    category: 'ch',
    legalStatus: 'public',
    capacities: steadyCapacity(300),
    authorisations: [],
    ghtMember: true,
    ghtAssociated: false,
    ...overrides,
  };
}
