import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs11 } from './cpom-os-11.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs11);
const YEARS = [2025, 2026, 2027, 2028, 2029];
/** 2026, first complete measure: 40 direct admissions out of 200 patients over 75, i.e. 20 %. */
const HISTORY: IndicatorValue[] = [{ year: 2026, numerator: 40, denominator: 200 }];

function resolve(etab: EstablishmentProfile, year: number, history: IndicatorValue[] = HISTORY) {
  return resolveTargets({ establishment: etab, indicator: fiche, year, history });
}

describe('CPOM_OS_11', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_11');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('starts with two qualitative steps for every MCO establishment', () => {
    for (const etab of [
      establishment({ category: 'chu', beds: 1500 }),
      establishment({ category: 'clinic', beds: 80 }),
    ]) {
      expect(resolve(etab, 2025)).toMatchObject([
        { status: 'resolved', label: 'Processus dédié d’admission directe des personnes âgées mis en place' },
      ]);
      expect(resolve(etab, 2026)[0]?.rule?.shape).toBe('milestone');
    }
  });

  it('then expects +15 %, +20 %, +25 % of the 2026 rate over 500 beds', () => {
    const big = establishment({ category: 'chu', beds: 1500 });
    expect([2027, 2028, 2029].map((year) => resolve(big, year)[0]?.value)).toEqual([23, 24, 25]);
  });

  it('and +10 %, +15 %, +20 % in smaller establishments', () => {
    for (const etab of [
      establishment({ category: 'ch', beds: 300 }),
      establishment({ category: 'clinic', beds: 80 }),
    ]) {
      expect([2027, 2028, 2029].map((year) => resolve(etab, year)[0]?.value)).toEqual([22, 23, 24]);
    }
    expect(resolve(establishment({ category: 'ch', beds: 300 }), 2027, [])).toMatchObject([
      { status: 'pending', missing: ['valeur 2026'] },
    ]);
  });

  it('does not concern psychiatric, HAD, SMR or medico-social establishments', () => {
    for (const category of ['chs', 'had', 'smr', 'medico-social'] as const) {
      expect(resolve(establishment({ category, beds: 200 }), 2027)[0]?.status).toBe('not-applicable');
    }
  });

  it('judges the 2025 step from the declared milestone', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const run = (reported: IndicatorValue) =>
      judge({ establishment: ch, indicator: fiche, year: 2025, history: [], reported }).judgement;
    expect(run({ year: 2025, milestoneReached: true })).toBe('met');
    expect(run({ year: 2025, value: 'in-progress' })).toBe('partly-met');
  });
});
