import { evaluateApplicability } from '@jalon/domain/indicators/applicability';
import type { Catalogue, IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { validateIndicatorValue, type IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { commentFor } from './indicator-values-comments.ts';
import { occitanieDemoEstablishments, type DemoEstablishmentProfile } from './indicator-values-establishments.ts';
import { nextYearFigures } from './indicator-values-evolution.ts';
import { figuresOf2024, keepCoherent } from './indicator-values-figures.ts';
import { placeAroundTargets } from './indicator-values-placement.ts';
import { demoRandom, type DemoRandom } from './indicator-values-random.ts';

/**
 * CPOM indicator values of the Occitanie demo establishments: 2024, the
 * reference year that increments and baselines grow from, and 2025, the
 * first year judged. The 2025 figures are placed around the targets the
 * engine resolves, so the targets page shows what a region really looks
 * like in its first CPOM year: mostly met, some partly or not met, and a few
 * values still awaited.
 */

export interface DemoIndicatorValue {
  establishmentKey: string;
  finess: string;
  code: string;
  value: IndicatorValue;
}

const REFERENCE_YEAR = 2024;
const JUDGED_YEAR = 2025;
/** Share of applicable 2025 values not yet entered, so "en attente" shows. */
const MISSING_SHARE = 0.1;
/** Share of entered 2025 values placed to meet every target; the others miss one. */
const MET_SHARE = 0.72;

function applies(indicator: IndicatorDefinition, establishment: DemoEstablishmentProfile, year: number): boolean {
  return evaluateApplicability(establishment.profile, indicator, year).status === 'applicable';
}

const inPeriod = (indicator: IndicatorDefinition, year: number): boolean =>
  year >= indicator.measurement.from && year <= indicator.measurement.to;

/** The value with its comment, checked as the API checks an entered value. */
function finish(
  indicator: IndicatorDefinition,
  establishment: DemoEstablishmentProfile,
  value: IndicatorValue,
  rng: DemoRandom,
): IndicatorValue {
  const comment = commentFor(indicator, { establishment, value, rng });
  const validation = validateIndicatorValue(indicator, comment === undefined ? value : { ...value, comment });
  if (!validation.ok) {
    // The generators follow the fiche's kind, so this is a defect of the demo itself: fail loudly.
    const problems = validation.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ');
    throw new Error(`Demo value ${indicator.code} ${value.year} of ${establishment.key} is invalid: ${problems}`);
  }
  return validation.value;
}

function valuesOf(indicator: IndicatorDefinition, establishment: DemoEstablishmentProfile): IndicatorValue[] {
  const values: IndicatorValue[] = [];
  const firstRng = demoRandom(establishment.key, indicator.code, REFERENCE_YEAR);
  const first = figuresOf2024(indicator, establishment, firstRng);
  if (applies(indicator, establishment, REFERENCE_YEAR)) values.push(finish(indicator, establishment, first, firstRng));
  if (!applies(indicator, establishment, JUDGED_YEAR)) return values;
  const rng = demoRandom(establishment.key, indicator.code, JUDGED_YEAR);
  if (rng.chance(MISSING_SHARE)) return values;
  const natural = nextYearFigures(indicator, first, rng);
  const placed = inPeriod(indicator, JUDGED_YEAR)
    ? placeAroundTargets({
        indicator,
        establishment: establishment.profile,
        history: values,
        natural,
        outcome: rng.chance(MET_SHARE) ? 'met' : 'short',
        rng,
      })
    : natural;
  // A fiche edited into rules its kind cannot express (a yes/no target on a count) keeps the natural figures.
  const kept = keepCoherent(indicator, validateIndicatorValue(indicator, placed).ok ? placed : natural);
  values.push(finish(indicator, establishment, kept, rng));
  return values;
}

/** Values of the Occitanie demo establishments for the given catalogue, years 2024 and 2025. */
export function demoIndicatorValues(catalogue: Catalogue): DemoIndicatorValue[] {
  const result: DemoIndicatorValue[] = [];
  for (const establishment of occitanieDemoEstablishments()) {
    for (const indicator of catalogue.indicators) {
      for (const value of valuesOf(indicator, establishment)) {
        result.push({
          establishmentKey: establishment.key,
          finess: establishment.profile.finess,
          code: indicator.code,
          value,
        });
      }
    }
  }
  return result;
}
