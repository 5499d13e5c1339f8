import { joinFrench } from './french-format.ts';
import type { PreparedIndicator } from './prepared-indicator.ts';
import type { Judgement } from './target-engine.ts';
import type { TargetVerdict } from './target-judgement.ts';

/**
 * One French line that says why a judgement was given, e.g.
 * "Cible 2026 : ≥ 15 % ; réalisé 12,4 % ; non atteint".
 */
export function explainJudgement(
  prepared: PreparedIndicator,
  year: number,
  verdicts: readonly TargetVerdict[],
  overall: Judgement,
): string {
  switch (overall) {
    case 'not-applicable':
      return explainNotApplicable(verdicts, year);
    case 'pending':
      return explainPending(verdicts, year);
    case 'met':
    case 'partly-met':
    case 'not-met':
      break;
  }
  // Indexing rather than destructuring: this runs for every judgement and skips the array iterator.
  const single = verdicts.length === 1 ? verdicts[0] : undefined;
  if (single !== undefined && single.target.component === undefined) {
    return `Cible ${year} : ${single.target.text} ; ${single.actual ?? ''} ; ${verdictWord(single)}`;
  }
  const parts = verdicts.map((verdict) => {
    const label = componentLabel(prepared, verdict.target.component);
    // The colon keeps a component's label apart from a target that is itself text (a milestone).
    if (verdict.judgement === 'not-applicable') return `${label} : sans objet`;
    return `${label} : ${verdict.target.text} (${verdict.actual ?? ''}, ${verdictWord(verdict)})`;
  });
  return `Cible ${year} : ${parts.join(', ')} ; ${JUDGEMENT_WORDS[overall]}`;
}

export const JUDGEMENT_WORDS: Readonly<Record<Judgement, string>> = {
  met: 'atteint',
  'partly-met': 'partiellement atteint',
  'not-met': 'non atteint',
  'not-applicable': 'sans objet',
  pending: 'en attente',
};

function verdictWord(verdict: TargetVerdict): string {
  const word = JUDGEMENT_WORDS[verdict.judgement];
  return verdict.detail === undefined ? word : `${word} (${verdict.detail})`;
}

function componentLabel(prepared: PreparedIndicator, component: string | undefined): string {
  if (component === undefined) return 'Ensemble';
  return prepared.componentLabels.get(component) ?? component;
}

function explainNotApplicable(verdicts: readonly TargetVerdict[], year: number): string {
  const reasons = verdicts.flatMap((v) => (v.target.rule?.shape === 'not-applicable' && v.target.rule.reason ? [v.target.rule.reason] : []));
  return reasons.length > 0 ? `Sans objet en ${year} : ${[...new Set(reasons)].join(' ; ')}` : `Sans objet en ${year} pour cet établissement`;
}

/** Says what is missing and, when it is an earlier value, that the target needs it. */
function explainPending(verdicts: readonly TargetVerdict[], year: number): string {
  const forTarget = verdicts.some((v) => v.judgement === 'pending' && v.missingForTarget === true);
  const items: string[] = [];
  for (const verdict of verdicts) {
    if (verdict.judgement !== 'pending' || (forTarget && verdict.missingForTarget !== true)) continue;
    for (const item of verdict.missing ?? []) if (!items.includes(item)) items.push(item);
  }
  const phrases = items.map((item) => missingPhrase(item, year, forTarget));
  if (!forTarget) return `En attente : ${joinFrench(phrases)}`;
  const needed = items.length > 1 ? 'nécessaires' : 'nécessaire';
  return `En attente : ${joinFrench(phrases)}, ${needed} au calcul de la cible`;
}

function missingPhrase(item: string, year: number, forTarget: boolean): string {
  if (item.startsWith('capacité')) return `${item} inconnue`;
  if (item.startsWith('jalon')) return `${item} non déclaré`;
  if (!forTarget && item === `valeur ${year}`) return `${item} non déclarée`;
  return `${item} manquante`;
}
