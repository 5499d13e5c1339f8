import { readFrenchNumber, type NumberReadingProblem } from '@jalon/domain/indicators/french-number';
import type { Comparator, IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';

/**
 * What the entry form asks for a given fiche and year, beyond the fiche's kind:
 * a year whose target is a milestone asks whether it was reached, and a year
 * where the establishment sets its own target asks for that target.
 */
export interface EntryShape {
  kind: IndicatorDefinition['kind'];
  /** Labels of the year's milestone rules; empty when the year sets no milestone. */
  milestones: string[];
  /** Floors of the year's chosen-target rules; empty when the fiche sets the target itself. */
  floors: { comparator: Comparator; floor: number }[];
  /** Whether the indicator reads as a percentage ("%" unit). */
  percent: boolean;
}

export function entryShape(fiche: IndicatorDefinition, year: number): EntryShape {
  const key = String(year);
  const milestones = new Set<string>();
  const floors = new Map<string, { comparator: Comparator; floor: number }>();
  for (const row of fiche.targets) {
    const rule = row.years[key];
    if (rule?.shape === 'milestone') milestones.add(rule.label);
    if (rule?.shape === 'chosen-within-floor')
      floors.set(`${rule.comparator}${rule.floor}`, { comparator: rule.comparator, floor: rule.floor });
  }
  return {
    kind: fiche.kind,
    milestones: [...milestones],
    floors: [...floors.values()],
    percent: fiche.unit.includes('%'),
  };
}

/**
 * A milestone year of a count or of components is judged on whether the
 * milestone was reached, so the figures become optional that year.
 */
export function asksMilestoneReached(shape: EntryShape): boolean {
  return shape.milestones.length > 0 && shape.kind.type !== 'milestone';
}

/**
 * The number a field's text reads as, French-style ("2,5", "1 234"), or
 * undefined while it is empty or unreadable: the form's validation says why.
 * No fiche takes a negative value (counts, rates, chosen targets), so a minus
 * sign is refused rather than dropped.
 */
export function numberOf(field: string | undefined): number | undefined {
  if (field === undefined) return undefined;
  const reading = readFrenchNumber(field);
  return reading.ok ? reading.value : undefined;
}

/** Why a field's text is not a number we can save, or undefined when it reads (or is empty). */
export function numberProblemOf(field: string | undefined): NumberReadingProblem | undefined {
  if (field === undefined) return undefined;
  const reading = readFrenchNumber(field);
  return reading.ok || reading.problem === 'EMPTY' ? undefined : reading.problem;
}

/** The rate numerator and denominator give, in the fiche's scale; null until both are typed and the denominator is not zero. */
export function liveRate(shape: EntryShape, numerator: string, denominator: string): number | null {
  if (shape.kind.type !== 'rate') return null;
  const top = numberOf(numerator);
  const bottom = numberOf(denominator);
  if (top === undefined || bottom === undefined || bottom === 0) return null;
  return (top / bottom) * shape.kind.scale;
}

/** Whether a live rate lies outside what the fiche allows (a share above its scale), so the form warns before saving. */
export function rateOutOfRange(shape: EntryShape, rate: number | null): boolean {
  if (shape.kind.type !== 'rate' || rate === null) return false;
  return shape.kind.share !== false && rate > shape.kind.scale;
}
