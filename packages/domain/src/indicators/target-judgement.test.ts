import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { judge, type JudgementResult } from './target-engine.ts';
import {
  buildCountIndicator,
  buildEstablishment,
  buildIndicator,
  buildRateIndicator,
  everyYear,
} from './test-builders.ts';

function judged(
  indicator: IndicatorDefinition,
  year: number,
  reported: IndicatorValue | undefined,
  history: IndicatorValue[] = [],
): JudgementResult {
  return judge({ establishment: buildEstablishment(), indicator, year, history, reported });
}

const rate15 = buildRateIndicator({
  '2025': { shape: 'threshold', comparator: '>=', value: 10 },
  '2026': { shape: 'threshold', comparator: '>=', value: 15 },
});

describe('judge: numeric targets', () => {
  it('explains a missed rate in one French line', () => {
    const result = judged(rate15, 2026, { year: 2026, numerator: 124, denominator: 1000 });
    expect(result.judgement).toBe('not-met');
    expect(result.explanation).toBe('Cible 2026 : ≥ 15 % ; réalisé 12,4 % ; non atteint');
  });

  it('says met when the target is reached exactly', () => {
    expect(judged(rate15, 2026, { year: 2026, value: 15 }).explanation).toBe(
      'Cible 2026 : ≥ 15 % ; réalisé 15 % ; atteint',
    );
  });

  it('is partly met when the value misses the target but moved the right way', () => {
    const result = judged(rate15, 2026, { year: 2026, value: 13 }, [{ year: 2025, value: 11 }]);
    expect(result.judgement).toBe('partly-met');
    expect(result.explanation).toBe(
      'Cible 2026 : ≥ 15 % ; réalisé 13 % ; partiellement atteint (en progression par rapport à 2025)',
    );
    expect(judged(rate15, 2026, { year: 2026, value: 10 }, [{ year: 2025, value: 11 }]).judgement).toBe('not-met');
  });

  it('reads progress downward for an "at most" target', () => {
    const delay = buildCountIndicator(
      { '2026': { shape: 'threshold', comparator: '<=', value: 3 } },
      { direction: 'lower-is-better' },
    );
    expect(judged(delay, 2026, { year: 2026, value: 4 }, [{ year: 2025, value: 6 }]).judgement).toBe('partly-met');
    expect(judged(delay, 2026, { year: 2026, value: 7 }, [{ year: 2025, value: 6 }]).judgement).toBe('not-met');
    expect(judged(delay, 2026, { year: 2026, value: 2 }).judgement).toBe('met');
  });

  it('never calls a mere stagnation partly met for a positive progression', () => {
    const progression = buildRateIndicator({ '2026': { shape: 'positive-progression' } });
    expect(judged(progression, 2026, { year: 2026, value: 12 }, [{ year: 2025, value: 12 }]).judgement).toBe('not-met');
    expect(judged(progression, 2026, { year: 2026, value: 12.1 }, [{ year: 2025, value: 12 }]).judgement).toBe('met');
  });

  it('judges the mammography chain', () => {
    const mammo = buildCountIndicator({
      '2025': { shape: 'percent-increase', percent: 3, base: 'previous-target' },
      '2026': { shape: 'percent-increase', percent: 5, base: 'previous-target' },
    });
    const result = judged(mammo, 2026, { year: 2026, value: 790 }, [
      { year: 2024, value: 740 },
      { year: 2025, value: 770 },
    ]);
    expect(result.explanation).toBe(
      'Cible 2026 : ≥ 800 ; réalisé 790 ; partiellement atteint (en progression par rapport à 2025)',
    );
  });

  it('uses the chosen target reported with the value', () => {
    const chosen = buildRateIndicator({ '2025': { shape: 'chosen-within-floor', floor: 10 } });
    const result = judged(chosen, 2025, { year: 2025, value: 12, chosenTarget: 14 });
    expect(result.judgement).toBe('not-met');
    expect(result.explanation).toBe('Cible 2025 : ≥ 14 % (cible choisie) ; réalisé 12 % ; non atteint');
  });

  it('sums a cumulated target and waits for a missing year', () => {
    const total = buildCountIndicator({ '2027': { shape: 'cumulative', value: 10, fromYear: 2025 } });
    const history = [
      { year: 2025, value: 3 },
      { year: 2026, value: 4 },
    ];
    expect(judged(total, 2027, { year: 2027, value: 3 }, history).explanation).toBe(
      'Cible 2027 : ≥ 10 en cumul 2025-2027 ; réalisé 10 en cumul ; atteint',
    );
    expect(judged(total, 2027, { year: 2027, value: 2 }, history).judgement).toBe('not-met');
    const gap = judged(total, 2027, { year: 2027, value: 3 }, [{ year: 2026, value: 4 }]);
    expect(gap).toMatchObject({ judgement: 'pending', explanation: 'En attente : valeur 2025 manquante' });
  });
});

describe('judge: pending and not applicable', () => {
  it('waits for the year’s value', () => {
    const result = judged(rate15, 2026, undefined);
    expect(result).toMatchObject({ judgement: 'pending', explanation: 'En attente : valeur 2026 non déclarée' });
    expect(judged(rate15, 2026, { year: 2026, comment: 'collecte en cours' }).judgement).toBe('pending');
  });

  it('falls back to the history’s value of the year when nothing is reported', () => {
    expect(judged(rate15, 2026, undefined, [{ year: 2026, value: 20 }]).judgement).toBe('met');
  });

  it('waits for an earlier value the target needs, and says so', () => {
    const increment = buildCountIndicator({ '2025': { shape: 'increment', amount: 5 } });
    const result = judged(increment, 2025, { year: 2025, value: 12 });
    expect(result.judgement).toBe('pending');
    expect(result.explanation).toBe('En attente : valeur 2024 manquante, nécessaire au calcul de la cible');
  });

  it('is not applicable when applicability fails, whatever the value', () => {
    const had = buildIndicator({
      applicability: [{ type: 'authorisation', authorisation: 'had' }, { type: 'ght-member' }],
    });
    const result = judge({
      establishment: buildEstablishment({ ghtMember: false }),
      indicator: had,
      year: 2025,
      history: [],
      reported: { year: 2025, value: 99 },
    });
    expect(result.judgement).toBe('not-applicable');
    expect(result.explanation).toBe(
      'Sans objet : Réservé aux établissements autorisés en hospitalisation à domicile ; Réservé aux membres d’un GHT',
    );
  });

  it('is not applicable when the year’s rule says so', () => {
    const clinics = buildCountIndicator({ '2025': { shape: 'not-applicable', reason: 'pas de radiologie propre' } });
    expect(judged(clinics, 2025, { year: 2025, value: 3 }).explanation).toBe(
      'Sans objet en 2025 : pas de radiologie propre',
    );
    const silent = buildCountIndicator({ '2025': { shape: 'not-applicable' } });
    expect(judged(silent, 2025, { year: 2025, value: 3 }).explanation).toBe(
      'Sans objet en 2025 pour cet établissement',
    );
  });
});

describe('judge: yes/no, milestones and components', () => {
  it('compares a yes/no answer', () => {
    const charter = buildIndicator({
      kind: { type: 'boolean' },
      targets: [{ scope: { label: 'Tous' }, years: everyYear({ shape: 'boolean' }) }],
    });
    expect(judged(charter, 2025, { year: 2025, value: true }).explanation).toBe(
      'Cible 2025 : Oui ; déclaré Oui ; atteint',
    );
    expect(judged(charter, 2025, { year: 2025, value: false }).judgement).toBe('not-met');
  });

  it('judges a milestone reached, in progress or not reached', () => {
    const inventory = buildIndicator({
      kind: { type: 'milestone' },
      targets: [
        { scope: { label: 'Tous' }, years: everyYear({ shape: 'milestone', label: 'État des lieux réalisé' }) },
      ],
    });
    expect(judged(inventory, 2025, { year: 2025, milestoneReached: true }).judgement).toBe('met');
    expect(judged(inventory, 2025, { year: 2025, value: 'in-progress' }).explanation).toBe(
      'Cible 2025 : État des lieux réalisé ; déclaré en cours ; partiellement atteint (jalon en cours)',
    );
    expect(judged(inventory, 2025, { year: 2025, milestoneReached: false }).judgement).toBe('not-met');
  });

  it('judges a count’s milestone year on the declared status, and names it when only a number came', () => {
    const partners = buildCountIndicator({
      '2025': { shape: 'milestone', label: 'Partenaires identifiés' },
      '2026': { shape: 'cumulative', value: 1, fromYear: 2025 },
    });
    expect(judged(partners, 2025, { year: 2025, value: 2, milestoneReached: true }).judgement).toBe('met');
    expect(judged(partners, 2025, { year: 2025, value: 0, milestoneReached: false }).judgement).toBe('not-met');
    expect(judged(partners, 2025, { year: 2025, value: 'in-progress' }).judgement).toBe('partly-met');
    expect(judged(partners, 2025, { year: 2025, value: 2 })).toMatchObject({
      judgement: 'pending',
      explanation: 'En attente : jalon 2025 non déclaré',
    });
    expect(judged(partners, 2025, { year: 2025, comment: 'en cours de saisie' }).explanation).toBe(
      'En attente : valeur 2025 non déclarée',
    );
  });

  const plans = buildIndicator({
    kind: {
      type: 'components',
      components: [
        { key: 'pgt', label: 'Plan de gestion des tensions', valueType: 'boolean' },
        { key: 'pca', label: 'Plan de continuité', valueType: 'boolean' },
        { key: 'pmc', label: 'Plan cyber', valueType: 'boolean' },
      ],
    },
    targets: [{ scope: { label: 'Tous' }, years: everyYear({ shape: 'components-count', required: 3, of: 3 }) }],
  });

  it('is partly met when some but not all required components are done', () => {
    const some = judged(plans, 2026, { year: 2026, components: { pgt: true, pca: false, pmc: true } });
    expect(some.explanation).toBe('Cible 2026 : ≥ 3/3 ; réalisé 2/3 ; partiellement atteint (une partie des éléments)');
    expect(judged(plans, 2026, { year: 2026, components: { pgt: true, pca: true, pmc: true } }).judgement).toBe('met');
    expect(judged(plans, 2026, { year: 2026, components: { pgt: false, pca: false, pmc: null } }).judgement).toBe(
      'not-met',
    );
  });

  const screening = buildIndicator({
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
        years: everyYear({ shape: 'threshold', comparator: '>=', value: 800 }),
      },
      { scope: { label: 'Tous' }, component: 'echo', years: everyYear({ shape: 'positive-progression' }) },
    ],
  });

  it('judges each component and combines them', () => {
    const result = judged(screening, 2026, { year: 2026, components: { mammo: 790, echo: 320 } }, [
      { year: 2025, components: { mammo: 800, echo: 300 } },
    ]);
    expect(result.judgement).toBe('partly-met');
    expect(result.components).toEqual({ mammo: 'not-met', echo: 'met' });
    expect(result.explanation).toBe(
      'Cible 2026 : Mammographies : ≥ 800 (réalisé 790, non atteint), Échographies : > 300 (réalisé 320, atteint) ; partiellement atteint',
    );
  });

  it('waits when one component is missing, and meets when all are', () => {
    const history = [{ year: 2025, components: { mammo: 800, echo: 300 } }];
    const missing = judged(screening, 2026, { year: 2026, components: { mammo: 900 } }, history);
    expect(missing).toMatchObject({ judgement: 'pending', components: { mammo: 'met', echo: 'pending' } });
    expect(judged(screening, 2026, { year: 2026, components: { mammo: 900, echo: 301 } }, history).judgement).toBe(
      'met',
    );
    expect(judged(screening, 2026, { year: 2026, components: { mammo: 700, echo: 200 } }, history).judgement).toBe(
      'not-met',
    );
  });
});
