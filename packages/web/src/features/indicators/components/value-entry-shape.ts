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
    if (rule?.shape === 'chosen-within-floor') floors.set(`${rule.comparator}${rule.floor}`, { comparator: rule.comparator, floor: rule.floor });
  }
  return { kind: fiche.kind, milestones: [...milestones], floors: [...floors.values()], percent: fiche.unit.includes('%') };
}

/**
 * A milestone year of a count or of components is judged on whether the
 * milestone was reached, so the figures become optional that year.
 */
export function asksMilestoneReached(shape: EntryShape): boolean {
  return shape.milestones.length > 0 && shape.kind.type !== 'milestone';
}

/** Number typed in a NumberInput (a number, or '' when empty), or undefined when empty or unreadable. */
export function numberOf(field: number | string | undefined): number | undefined {
  if (typeof field === 'number') return Number.isFinite(field) ? field : undefined;
  if (field === undefined || field.trim() === '') return undefined;
  const parsed = Number(field.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** The rate numerator and denominator give, in the fiche's scale; null until both are typed and the denominator is not zero. */
export function liveRate(shape: EntryShape, numerator: number | string, denominator: number | string): number | null {
  if (shape.kind.type !== 'rate') return null;
  const top = numberOf(numerator);
  const bottom = numberOf(denominator);
  if (top === undefined || bottom === undefined || bottom === 0) return null;
  return (top / bottom) * shape.kind.scale;
}
