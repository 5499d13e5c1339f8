import type { IndicatorDefinition, IndicatorKind } from '@jalon/domain/indicators/indicator-definition';
import { validateIndicatorValue, type IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import type { DemoEstablishmentProfile } from './indicator-values-establishments.ts';
import type { DemoRandom } from './indicator-values-random.ts';

/**
 * What each demo establishment reported for 2024, the year before the CPOM:
 * orders of magnitude an ARS officer would find believable for an
 * establishment of that size and category (a CHU runs hundreds of research
 * projects and thousands of mammographies, a local hospital a handful).
 * Figures are invented, never official.
 */

export type Figures = Omit<IndicatorValue, 'year'>;

interface FigureContext {
  size: number;
  chu: boolean;
  rng: DemoRandom;
}

type FigureRule = (context: FigureContext) => Figures;

/** Numerator of a share of `denominator` around `percent`, never above the whole. */
function share(denominator: number, percent: number): Figures {
  const whole = Math.max(1, Math.round(denominator));
  return { numerator: Math.min(whole, Math.round((whole * percent) / 100)), denominator: whole };
}

const scaled = (size: number, perBed: number, rng: DemoRandom, floor = 0): number =>
  Math.max(floor, Math.round(size * perBed * rng.between(0.85, 1.15)));

const STARTING_STATUSES = ['not-started', 'in-progress'] as const;

const FIGURES: Readonly<Record<string, FigureRule>> = {
  CPOM_CT_1: ({ rng }) => ({ value: rng.chance(0.35) }),
  CPOM_CT_2: ({ size, rng }) => ({ value: rng.int(0, size >= 500 ? 2 : 1) }),
  CPOM_CT_3: ({ rng }) => ({ value: rng.pick(STARTING_STATUSES), milestoneReached: false }),
  CPOM_CT_4: ({ size, rng }) => ({ value: 2 + scaled(size, 1 / 80, rng) }),
  CPOM_CT_5: ({ size, rng }) => ({ value: rng.chance(size >= 100 ? 0.75 : 0.4) }),
  CPOM_CT_6: ({ size, rng }) => ({ value: 1 + scaled(size, 1 / 250, rng) }),
  // Meetings per tension period (winter, summer, a plan blanc): a ratio, not a share.
  CPOM_CT_7: ({ rng }) => {
    const periods = rng.int(2, 3);
    return { numerator: Math.round(periods * rng.between(3.5, 7)), denominator: periods };
  },
  CPOM_CT_8: ({ rng }) => ({ value: rng.int(1, 3) }),
  // Staff of about four professionals per bed, fewer at home where places replace beds.
  CPOM_OS_1: ({ size, rng }) => share(scaled(size, 3.7, rng, 60), rng.between(5, 14)),
  CPOM_OS_2: ({ rng }) => {
    const actions = rng.int(0, 3);
    return { components: { actions, thematiques: Math.min(actions, rng.int(0, 2)), plan: rng.chance(0.2) } };
  },
  CPOM_OS_3: ({ size, rng }) => ({ value: size >= 500 ? rng.int(2, 6) : size >= 100 ? rng.int(1, 3) : rng.int(0, 2) }),
  CPOM_OS_4: ({ rng }) => ({ value: rng.chance(0.5) }),
  CPOM_OS_5: ({ rng }) => ({
    components: {
      'actions-structurees': rng.int(0, 2),
      'actions-complementaires': rng.int(0, 2),
      politique: rng.chance(0.25),
    },
  }),
  CPOM_OS_6: ({ size, rng }) => ({ value: scaled(size, 1 / 90, rng) }),
  CPOM_OS_7: ({ rng }) => ({ value: rng.pick(STARTING_STATUSES), milestoneReached: false }),
  CPOM_OS_8: ({ size, rng }) => share(rng.int(20, 40) + Math.round(size / 100), rng.between(5, 15)),
  CPOM_OS_9: ({ size, rng }) => ({
    components: {
      teleconsultation: scaled(size, 3, rng, 20),
      teleexpertise: scaled(size, 0.8, rng, 5),
      telesurveillance: scaled(size, 0.5, rng),
      telesoin: scaled(size, 0.1, rng),
      telereadaptation: scaled(size, 0.05, rng),
    },
  }),
  CPOM_OS_10: ({ chu, rng }) => ({ value: chu ? rng.int(2, 4) : rng.int(1, 2) }),
  // Patients over 75 hospitalised in the year, about eight per bed.
  CPOM_OS_11: ({ size, rng }) => share(scaled(size, 7.5, rng, 50), rng.between(8, 20)),
  // Even a small CH keeps a few hundred examinations a year through its imaging service.
  CPOM_OS_12: ({ size, rng }) => {
    const mammographies = 250 + scaled(size, 2.2, rng);
    return { components: { mammographies, echographies: Math.round(mammographies * rng.between(0.3, 0.45)) } };
  },
  CPOM_OS_13: ({ size, rng }) => share(scaled(size, 1.6, rng, 40), rng.between(25, 55)),
  // Speciality days: a few per cent of the days of a home hospitalisation service.
  CPOM_OS_14: ({ size, rng }) => ({ value: scaled(size, 365 * 0.8 * 0.045, rng) }),
  CPOM_OS_15: ({ size, rng }) => ({ value: 10 + scaled(size, 1 / 12, rng) }),
  // Stays of one calendar month whose patient has a DMP.
  CPOM_OS_16: ({ size, rng }) => share(scaled(size, 2.8, rng, 30), rng.between(35, 70)),
  CPOM_OS_17: ({ chu, rng }) => {
    const p = chu ? 0.7 : 0.45;
    return { components: { pgthsse: rng.chance(p), pca: rng.chance(p), pse: rng.chance(p) } };
  },
  CPOM_OS_18: ({ chu, rng }) => ({ value: chu ? rng.int(1, 4) : rng.int(0, 2) }),
  // Adverse events analysed in RMM: a few dozen in a CHU, a handful elsewhere.
  CPOM_OS_19: ({ size, rng }) => share(8 + scaled(size, 1 / 25, rng), rng.between(3, 15)),
  CPOM_OS_20: ({ chu, rng }) => ({ value: rng.int(0, 4) + (chu ? 2 : 0) }),
  CPOM_OS_21: ({ size, rng }) => ({ value: rng.int(1, 5) + (size >= 500 ? 3 : 0) }),
  CPOM_OS_22: ({ size, chu, rng }) => ({ value: chu ? scaled(size, 0.2, rng) : scaled(size, 1 / 80, rng) }),
};

/** A figure of the right kind for an indicator the table does not know (a fiche added later). */
function byKind(kind: IndicatorKind, { size, rng }: FigureContext): Figures {
  switch (kind.type) {
    case 'count':
      return { value: rng.int(1, 2 + Math.round(size / 150)) };
    case 'rate': {
      const denominator = Math.max(20, Math.round(size * rng.between(0.5, 2)));
      if (kind.share === false) return { numerator: Math.round(denominator * rng.between(1, 3)), denominator };
      return share(denominator, rng.between(20, 60));
    }
    case 'boolean':
      return { value: rng.chance(0.6) };
    case 'date':
      return { value: `2024-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}` };
    case 'milestone':
      return { value: rng.pick(STARTING_STATUSES), milestoneReached: false };
    case 'components': {
      const components: Record<string, number | boolean> = {};
      for (const c of kind.components) {
        components[c.key] =
          c.valueType === 'boolean'
            ? rng.chance(0.5)
            : c.valueType === 'rate'
              ? rng.int(20, 80)
              : rng.int(0, 2 + Math.round(size / 100));
      }
      return { components };
    }
  }
}

/**
 * The 2024 figures of one establishment for one indicator. A fiche whose
 * kind was edited away from what the table expects gets figures by kind,
 * so the demo never stores a value of the wrong shape.
 */
export function figuresOf2024(
  indicator: IndicatorDefinition,
  establishment: DemoEstablishmentProfile,
  rng: DemoRandom,
): IndicatorValue {
  const context = { size: establishment.size, chu: establishment.profile.category === 'chu', rng };
  const rule = FIGURES[indicator.code];
  if (rule !== undefined) {
    const value: IndicatorValue = { year: 2024, ...rule(context) };
    if (validateIndicatorValue(indicator, value).ok) return value;
  }
  return { year: 2024, ...byKind(indicator.kind, context) };
}

/**
 * Relations between components that drift and placement know nothing of:
 * actions cannot cover more themes than there are actions.
 */
export function keepCoherent(indicator: IndicatorDefinition, value: IndicatorValue): IndicatorValue {
  if (indicator.code !== 'CPOM_OS_2') return value;
  const actions = value.components?.['actions'];
  const themes = value.components?.['thematiques'];
  if (typeof actions !== 'number' || typeof themes !== 'number' || themes <= actions) return value;
  return { ...value, components: { ...value.components, thematiques: actions } };
}
