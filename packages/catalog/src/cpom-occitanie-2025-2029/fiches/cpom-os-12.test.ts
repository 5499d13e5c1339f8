import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs12 } from './cpom-os-12.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs12);
const YEARS = [2025, 2026, 2027, 2028, 2029];

function resolve(etab: EstablishmentProfile, year: number, history: IndicatorValue[]) {
  return resolveTargets({ establishment: etab, indicator: fiche, year, history });
}

/** Expected value of one component for every year, from the 2024 history only. */
function series(etab: EstablishmentProfile, component: string, history: IndicatorValue[]) {
  return YEARS.map((year) => resolve(etab, year, history).find((t) => t.component === component)?.value);
}

describe('CPOM_OS_12', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_12');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('chains mammographies of a CH from 740 in 2024: +3 % then +5 % a year on the previous target', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const history = [{ year: 2024, components: { mammographies: 740, echographies: 200 } }];
    expect(series(ch, 'mammographies', history)).toEqual([762, 800, 840, 882, 926]);
    expect(resolve(ch, 2025, history).find((t) => t.component === 'mammographies')?.comparator).toBe('>=');
  });

  it('applies the same chain to a CHU, from its own 2024 volume', () => {
    const chu = establishment({ category: 'chu', beds: 1500 });
    const history = [{ year: 2024, components: { mammographies: 356, echographies: 150 } }];
    // 356 × 1.03 = 366.68 → 367, then × 1.05 each year, rounded to the nearest examination.
    expect(series(chu, 'mammographies', history)).toEqual([367, 385, 404, 424, 445]);
  });

  it('expects more ultrasounds than the year before', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const history = [
      { year: 2024, components: { mammographies: 740, echographies: 200 } },
      { year: 2025, components: { mammographies: 770, echographies: 215 } },
    ];
    const ultrasounds = (year: number) => resolve(ch, year, history).find((t) => t.component === 'echographies');
    expect(ultrasounds(2025)).toMatchObject({ status: 'resolved', comparator: '>', value: 200 });
    expect(ultrasounds(2026)).toMatchObject({ status: 'resolved', comparator: '>', value: 215 });
    expect(ultrasounds(2027)).toMatchObject({ status: 'pending', missing: ['valeur 2026'] });
  });

  it('judges each component: mammographies met, ultrasounds flat', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const result = judge({
      establishment: ch,
      indicator: fiche,
      year: 2025,
      history: [{ year: 2024, components: { mammographies: 740, echographies: 200 } }],
      reported: { year: 2025, components: { mammographies: 765, echographies: 200 } },
    });
    expect(result.components).toEqual({ mammographies: 'met', echographies: 'not-met' });
    expect(result.judgement).toBe('partly-met');
  });

  it('does not apply to clinics nor to categories without radiology targets', () => {
    for (const category of ['clinic', 'chs'] as const) {
      const etab = establishment({ category, beds: 150 });
      for (const year of YEARS) expect(resolve(etab, year, []).map((t) => t.status)).toEqual(['not-applicable']);
    }
  });
});
