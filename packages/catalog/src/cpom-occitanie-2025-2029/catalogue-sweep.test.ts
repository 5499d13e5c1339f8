import { describe, expect, it } from 'vitest';
import { evaluateApplicability } from '@jalon/domain/indicators/applicability';
import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { judge, resolveTargets, type Judgement } from '@jalon/domain/indicators/target-engine';
import { MILESTONE_STATUSES, type IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import {
  AUTHORISATIONS,
  CPOM_TIERS,
  ESTABLISHMENT_CATEGORIES,
  LEGAL_STATUSES,
  type EstablishmentProfile,
} from '@jalon/domain/organisation/establishment';
import { cpomOccitanie20252029 } from './catalogue.ts';
import { establishment } from './test-establishments.ts';

/**
 * Judges every fiche of the catalogue for every year, for one establishment
 * per tier and category (plus the CHUs the fiches name and one without
 * capacity), under several histories. Whatever the data, the engine must
 * answer, in one clean French line, and never judge what does not apply.
 */

const YEARS = [2025, 2026, 2027, 2028, 2029] as const;
const JUDGEMENTS: readonly Judgement[] = ['met', 'partly-met', 'not-met', 'not-applicable', 'pending'];

/** Words (and codes) that would betray English or an internal value leaking into an explanation. */
const FORBIDDEN_WORDS = new Set(
  (
    'the and of to in is it not met partly pending applicable value values target targets missing reached progress started ' +
    'true false null undefined nan infinity object yes no none unknown error from year for with without least most ' +
    'rate count boolean milestone threshold increment percent baseline floor chosen cumulative previous component components ' +
    'share over under stable expected reported done'
  ).split(' '),
);
const SHAPES = [
  'threshold',
  'increment',
  'percent-increase',
  'percent-of-baseline',
  'points',
  'components-count',
  'boolean',
  'milestone',
  'chosen-within-floor',
  'positive-progression',
  'cumulative',
  'not-applicable',
];
/**
 * Internal codes that must never reach a person, matched case-sensitively: every hyphenated code
 * ("not-applicable", "over-500", component keys such as "actions-structurees") and the lower-case
 * category and authorisation codes. Single-word shapes and statuses are caught as English words.
 */
const FORBIDDEN_CODES = new Set<string>([
  ...[...LEGAL_STATUSES, ...CPOM_TIERS, ...MILESTONE_STATUSES, ...JUDGEMENTS, ...SHAPES].filter((code) =>
    code.includes('-'),
  ),
  ...cpomOccitanie20252029.indicators
    .flatMap((i) => (i.kind.type === 'components' ? i.kind.components.map((c) => c.key) : []))
    .filter((key) => key.includes('-')),
  ...ESTABLISHMENT_CATEGORIES,
  ...AUTHORISATIONS,
]);

function establishments(): EstablishmentProfile[] {
  const profiles: EstablishmentProfile[] = [];
  for (const [index, category] of ESTABLISHMENT_CATEGORIES.entries()) {
    for (const beds of [800, 250, 50]) {
      // Half of them hold every authorisation, so fiches reserved to an activity get judged too.
      const authorisations = (index + beds) % 2 === 0 ? AUTHORISATIONS : [];
      profiles.push(establishment({ category, beds, authorisations }));
    }
  }
  for (const finessPrefix of ['31078140', '34078047', '30078003']) {
    profiles.push(establishment({ category: 'chu', beds: 2000, finessPrefix, authorisations: AUTHORISATIONS }));
  }
  profiles.push({ ...establishment({ category: 'clinic', beds: 150 }), capacities: [] });
  return profiles;
}

type Shape = 'typical' | 'zeros' | 'large' | 'statuses';

/** A value of the kind the fiche expects (or milestone statuses), for one year. */
function valueFor(indicator: IndicatorDefinition, year: number, shape: Shape): IndicatorValue {
  const step = year - 2023;
  if (shape === 'statuses')
    return { year, value: (['not-started', 'in-progress', 'reached'] as const)[step % 3] ?? 'reached' };
  const size = shape === 'zeros' ? 0 : shape === 'large' ? 12_345.678 * step : 3 * step + (year % 2);
  const kind = indicator.kind;
  switch (kind.type) {
    case 'count':
      return { year, value: Math.round(size), milestoneReached: step % 2 === 0 };
    case 'rate': {
      const denominator = shape === 'zeros' ? 1 : 40 + step;
      const numerator = Math.min(denominator, Math.round(size));
      return { year, numerator, denominator, chosenTarget: shape === 'large' ? 55.555 : 6 };
    }
    case 'boolean':
      return { year, value: step % 2 === 0 };
    case 'date':
      return { year, value: `${year}-06-30` };
    case 'milestone':
      return { year, milestoneReached: step % 2 === 1 };
    case 'components':
      return {
        year,
        components: Object.fromEntries(
          kind.components.map((c) => [
            c.key,
            c.valueType === 'boolean'
              ? step % 2 === 0
              : c.valueType === 'rate'
                ? Math.min(size, 100)
                : Math.round(size),
          ]),
        ),
      };
  }
}

/** Histories from 2024 (the usual reference year) to 2029, some with gaps. */
function histories(indicator: IndicatorDefinition): IndicatorValue[][] {
  const years = [2024, ...YEARS];
  const all = (shape: Shape) => years.map((year) => valueFor(indicator, year, shape));
  return [
    [],
    all('typical'),
    all('typical').filter((v) => v.year !== 2024 && v.year !== 2026),
    all('zeros'),
    all('large'),
    all('statuses'),
    [{ year: 2025, comment: 'valeur en cours de consolidation' }],
  ];
}

/** Everything wrong with one line of French text shown to users. */
function textProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') problems.push('empty');
  if (/[\n\r]/.test(text)) problems.push('more than one line');
  if (/undefined|NaN|Infinity|\[object|null/.test(text)) problems.push('internal value');
  // French puts a space before ";" and ":", never before "," or ")"; nothing may sit empty between separators.
  if (/[;:(]\s*[;,)]|,\s*[;)]|\s{2}|\s[,.)]|[;:,]\s*$/.test(text)) problems.push('empty part');
  if (/[<>!]=/.test(text)) problems.push('comparator not written in French');
  for (const token of text.split(/[^\p{L}\d-]+/u)) if (FORBIDDEN_CODES.has(token)) problems.push(`code "${token}"`);
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FORBIDDEN_WORDS.has(word)) problems.push(`word "${word}"`);
  }
  return problems;
}

interface Finding {
  where: string;
  problem: string;
}

function sweepOne(
  indicator: IndicatorDefinition,
  profile: EstablishmentProfile,
  history: IndicatorValue[],
  findings: Finding[],
): number {
  let judged = 0;
  for (const year of YEARS) {
    const where = `${indicator.code} ${year} ${profile.name} [${history.map((v) => v.year).join(',')}]`;
    for (const reported of [undefined, history.find((v) => v.year === year)]) {
      const result = judge({ establishment: profile, indicator, year, history, reported });
      judged++;
      const targets = resolveTargets({ establishment: profile, indicator, year, history });
      for (const problem of textProblems(result.explanation))
        findings.push({ where, problem: `${problem}: ${result.explanation}` });
      for (const target of result.targets) {
        for (const problem of textProblems(target.text))
          findings.push({ where, problem: `target ${problem}: ${target.text}` });
      }
      if (!JUDGEMENTS.includes(result.judgement)) findings.push({ where, problem: `judgement ${result.judgement}` });
      const outOfScope =
        evaluateApplicability(profile, indicator, year).status === 'not-applicable' ||
        targets.every((t) => t.status === 'not-applicable');
      if (outOfScope && result.judgement !== 'not-applicable')
        findings.push({ where, problem: `judged ${result.judgement} without target` });
    }
  }
  return judged;
}

describe('CPOM Occitanie 2025-2029: every fiche, tier, category and year', () => {
  it('is judged without error, in one French line, never met or not met when nothing applies', () => {
    const findings: Finding[] = [];
    let judged = 0;
    const profiles = establishments();
    for (const indicator of cpomOccitanie20252029.indicators) {
      for (const history of histories(indicator)) {
        for (const profile of profiles) judged += sweepOne(indicator, profile, history, findings);
      }
    }
    expect(judged).toBe(30 * 7 * profiles.length * YEARS.length * 2);
    expect(findings.slice(0, 20)).toEqual([]);
  });

  it('names in each target row only components the fiche defines', () => {
    for (const indicator of cpomOccitanie20252029.indicators) {
      const keys = indicator.kind.type === 'components' ? indicator.kind.components.map((c) => c.key) : [];
      for (const row of indicator.targets) {
        if (row.component !== undefined)
          expect(keys, `${indicator.code} / ${row.scope.label}`).toContain(row.component);
      }
    }
  });

  it('flags the defects it looks for', () => {
    expect(textProblems('Cible 2026 : ≥ 15 % ; réalisé 12,4 % ; non atteint')).toEqual([]);
    expect(textProblems('Cible 2026 : ≥ NaN % ; réalisé undefined ; atteint')).toContain('internal value');
    expect(textProblems('Cible 2026 : ≥ 3 ;  ; not-met')).toEqual(
      expect.arrayContaining(['empty part', 'code "not-met"']),
    );
    expect(textProblems('En attente : value 2025 missing')).toEqual(['word "value"', 'word "missing"']);
    expect(textProblems('Sans objet\nen 2025')).toEqual(['more than one line']);
  });
});
