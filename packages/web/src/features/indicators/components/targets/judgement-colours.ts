import type { Judgement } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentTargets } from '@jalon/contract/indicators/establishment-targets';

/** Judgements in the order people read them: best first, then what cannot be judged. */
export const JUDGEMENTS: readonly Judgement[] = ['met', 'partly-met', 'not-met', 'not-applicable', 'pending'];

/**
 * Darker than Mantine's shades 9 for green and orange: white text on them stays
 * above 4.5:1 (WCAG 2.1 AA), so the word in the badge is as readable as its colour.
 */
export const JUDGEMENT_COLOURS: Readonly<Record<Judgement, string>> = {
  met: '#1e6b2f',
  'partly-met': '#a33a0b',
  'not-met': '#c92a2a',
  'not-applicable': '#495057',
  pending: '#1864ab',
};

export function summaryCount(summary: EstablishmentTargets['summary'], judgement: Judgement): number {
  switch (judgement) {
    case 'met':
      return summary.met;
    case 'partly-met':
      return summary.partlyMet;
    case 'not-met':
      return summary.notMet;
    case 'not-applicable':
      return summary.notApplicable;
    case 'pending':
      return summary.pending;
  }
}
