import { describe, expect, it } from 'vitest';
import { evaluateApplicability } from '@jalon/domain/indicators/applicability';
import { catalogueSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { validateIndicatorValue, type IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets, type Judgement } from '@jalon/domain/indicators/target-engine';
import { cpomOccitanie20252029 as catalogue } from '../cpom-occitanie-2025-2029/catalogue.ts';
import { occitanieDemoEstablishments, type DemoEstablishmentProfile } from './indicator-values-establishments.ts';
import { demoIndicatorValues, type DemoIndicatorValue } from './indicator-values.ts';

const values = demoIndicatorValues(catalogue);
const establishments = occitanieDemoEstablishments();
const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));

function indicatorOf(value: DemoIndicatorValue): IndicatorDefinition {
  const indicator = indicators.get(value.code);
  if (indicator === undefined) throw new Error(`unknown code ${value.code}`);
  return indicator;
}

function historyOf(establishmentKey: string, code: string): IndicatorValue[] {
  return values.filter((v) => v.establishmentKey === establishmentKey && v.code === code).map((v) => v.value);
}

function valueOf(establishmentKey: string, code: string, year: number): IndicatorValue | undefined {
  return historyOf(establishmentKey, code).find((v) => v.year === year);
}

const applies = (establishment: DemoEstablishmentProfile, indicator: IndicatorDefinition, year: number): boolean =>
  evaluateApplicability(establishment.profile, indicator, year).status === 'applicable';

/** Each establishment × indicator judged for 2025 on the demo values. */
function judgements2025(): Judgement[] {
  return establishments.flatMap((e) =>
    catalogue.indicators.map(
      (indicator) =>
        judge({ establishment: e.profile, indicator, year: 2025, history: historyOf(e.key, indicator.code) }).judgement,
    ),
  );
}

describe('demo indicator values', () => {
  it('covers the twelve Occitanie establishments, for 2024 and 2025 only', () => {
    expect(establishments).toHaveLength(12);
    expect(new Set(values.map((v) => v.establishmentKey))).toEqual(new Set(establishments.map((e) => e.key)));
    expect(new Set(values.map((v) => v.value.year))).toEqual(new Set([2024, 2025]));
    const finess = new Map(establishments.map((e) => [e.key, e.profile.finess]));
    for (const v of values) expect(v.finess).toBe(finess.get(v.establishmentKey));
  });

  it('gives every value in a form the API accepts, unchanged by validation', () => {
    for (const v of values) {
      const validation = validateIndicatorValue(indicatorOf(v), v.value);
      expect(validation, `${v.establishmentKey} ${v.code} ${v.value.year}`).toEqual({ ok: true, value: v.value });
    }
  });

  it('is the same on every call', () => {
    expect(demoIndicatorValues(catalogue)).toEqual(values);
  });

  it('holds at most one value per establishment, indicator and year', () => {
    const keys = values.map((v) => `${v.establishmentKey} ${v.code} ${v.value.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives values only for indicators that apply to the establishment', () => {
    const byKey = new Map(establishments.map((e) => [e.key, e]));
    for (const v of values) {
      const establishment = byKey.get(v.establishmentKey);
      expect(
        establishment && applies(establishment, indicatorOf(v), v.value.year),
        `${v.establishmentKey} ${v.code}`,
      ).toBe(true);
    }
    // The sample has inapplicable pairs at all (HAD-only, GHT-only, CHU and CH only…), so the check above bites.
    const inapplicable = establishments.flatMap((e) => catalogue.indicators.filter((i) => !applies(e, i, 2025)));
    expect(inapplicable.length).toBeGreaterThan(10);
  });

  it('has both years for most applicable pairs, and never 2025 without 2024', () => {
    let pairs = 0;
    let both = 0;
    for (const e of establishments) {
      for (const indicator of catalogue.indicators) {
        if (!applies(e, indicator, 2025)) continue;
        pairs++;
        const has2024 = valueOf(e.key, indicator.code, 2024) !== undefined;
        const has2025 = valueOf(e.key, indicator.code, 2025) !== undefined;
        expect(has2024, `${e.key} ${indicator.code}`).toBe(true);
        if (has2025) both++;
      }
    }
    expect(both / pairs).toBeGreaterThan(0.8);
    expect(both / pairs).toBeLessThan(0.97);
  });

  it('shows a realistic mix of 2025 judgements across the region', () => {
    const judgements = judgements2025();
    const share = (...kinds: Judgement[]) => judgements.filter((j) => kinds.includes(j)).length / judgements.length;
    expect(share('met')).toBeGreaterThan(0.4);
    expect(share('met')).toBeLessThan(0.7);
    expect(share('partly-met', 'not-met')).toBeGreaterThan(0.1);
    expect(share('partly-met')).toBeGreaterThan(0);
    expect(share('not-met')).toBeGreaterThan(0);
    expect(share('pending')).toBeGreaterThan(0.05);
    expect(share('not-applicable')).toBeGreaterThan(0);
  });

  it('resolves most 2026 targets from the 2025 values', () => {
    const statuses = establishments
      .flatMap((e) =>
        catalogue.indicators.flatMap((indicator) =>
          resolveTargets({
            establishment: e.profile,
            indicator,
            year: 2026,
            history: historyOf(e.key, indicator.code),
          }),
        ),
      )
      .map((t) => t.status);
    const resolved = statuses.filter((s) => s === 'resolved').length;
    expect(resolved / statuses.length).toBeGreaterThan(0.7);
  });

  it('gives the CHU de Toulouse more mammographies than a small CH', () => {
    const mammographies = (key: string, year: number) =>
      valueOf(key, 'CPOM_OS_12', year)?.components?.['mammographies'];
    const toulouse = mammographies('chu-toulouse', 2024);
    const lunel = mammographies('ch-lunel', 2024);
    expect(typeof toulouse).toBe('number');
    expect(typeof lunel).toBe('number');
    expect(Number(toulouse)).toBeGreaterThan(5 * Number(lunel));
  });

  it('records the target the establishment chose where the fiche lets it choose', () => {
    let chosen = 0;
    for (const v of values) {
      if (v.value.year !== 2025) continue;
      const establishment = establishments.find((e) => e.key === v.establishmentKey);
      if (establishment === undefined) continue;
      const history = historyOf(v.establishmentKey, v.code);
      const targets = resolveTargets({
        establishment: establishment.profile,
        indicator: indicatorOf(v),
        year: 2025,
        history,
      });
      const rule = targets.find((t) => t.rule?.shape === 'chosen-within-floor')?.rule;
      if (rule?.shape !== 'chosen-within-floor') continue;
      chosen++;
      expect(v.value.chosenTarget, `${v.establishmentKey} ${v.code}`).toBeGreaterThanOrEqual(rule.floor);
    }
    expect(chosen).toBeGreaterThan(5);
  });

  it('writes a comment exactly where the fiche says what it must state', () => {
    for (const v of values) {
      const required = indicatorOf(v).commentMustState.length > 0;
      expect(v.value.comment !== undefined && v.value.comment.length > 0, `${v.establishmentKey} ${v.code}`).toBe(
        required,
      );
    }
  });

  it('gives milestones a declared status that agrees with milestoneReached', () => {
    const milestones = values.filter((v) => indicatorOf(v).kind.type === 'milestone');
    expect(milestones.length).toBeGreaterThan(0);
    for (const v of milestones) {
      expect(['not-started', 'in-progress', 'reached']).toContain(v.value.value);
      expect(v.value.milestoneReached).toBe(v.value.value === 'reached');
    }
  });
});

describe('demo indicator values for an edited catalogue', () => {
  it('follows the stored fiche: a kind changed by the ARS and a fiche the demo never knew still get valid values', () => {
    const edited = catalogueSchema.parse({
      ...catalogue,
      indicators: [
        { ...indicators.get('CPOM_OS_1'), kind: { type: 'count' }, unit: 'professionnels' },
        {
          ...indicators.get('CPOM_OS_10'),
          code: 'CPOM_OS_99',
          kind: { type: 'components', components: [{ key: 'sites', label: 'Sites', valueType: 'rate' }] },
          commentMustState: ['Sites concernés'],
        },
      ],
    });
    const editedValues = demoIndicatorValues(edited);
    expect(new Set(editedValues.map((v) => v.code))).toEqual(new Set(['CPOM_OS_1', 'CPOM_OS_99']));
    for (const v of editedValues) {
      const indicator = edited.indicators.find((i) => i.code === v.code);
      expect(indicator && validateIndicatorValue(indicator, v.value).ok, `${v.code} ${v.value.year}`).toBe(true);
      if (v.code === 'CPOM_OS_1') expect(v.value.numerator).toBeUndefined();
      if (v.code === 'CPOM_OS_99') expect(v.value.comment).toContain('Sites concernés');
    }
  });
});
