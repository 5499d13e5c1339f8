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

// Plain loops below: a region's evaluation explains tens of thousands of such judgements.
function explainNotApplicable(verdicts: readonly TargetVerdict[], year: number): string {
  const reasons: string[] = [];
  for (const { target } of verdicts) {
    const rule = target.rule;
    if (rule?.shape === 'not-applicable' && rule.reason !== undefined && !reasons.includes(rule.reason))
      reasons.push(rule.reason);
  }
  if (reasons.length === 0) return `Sans objet en ${year} pour cet établissement`;
  return `Sans objet en ${year} : ${reasons.length === 1 ? reasons[0] : reasons.join(' ; ')}`;
}

/** Says what is missing and, when it is an earlier value, that the target needs it. */
function explainPending(verdicts: readonly TargetVerdict[], year: number): string {
  let forTarget = false;
  for (const verdict of verdicts)
    if (verdict.judgement === 'pending' && verdict.missingForTarget === true) forTarget = true;
  const current = `valeur ${year}`;
  const phrases: string[] = [];
  for (const verdict of verdicts) {
    if (verdict.judgement !== 'pending' || (forTarget && verdict.missingForTarget !== true)) continue;
    for (const item of verdict.missing ?? []) {
      const phrase = missingPhrase(item, current, forTarget);
      if (!phrases.includes(phrase)) phrases.push(phrase);
    }
  }
  if (!forTarget) return `En attente : ${joinFrench(phrases)}`;
  const needed = phrases.length > 1 ? 'nécessaires' : 'nécessaire';
  return `En attente : ${joinFrench(phrases)}, ${needed} au calcul de la cible`;
}

function missingPhrase(item: string, current: string, forTarget: boolean): string {
  if (item.startsWith('capacité')) return `${item} inconnue`;
  if (item.startsWith('jalon')) return `${item} non déclaré`;
  if (!forTarget && item === current) return `${item} non déclarée`;
  return `${item} manquante`;
}
