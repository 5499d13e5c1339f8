import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs9 } from './cpom-os-9.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs9);
const YEARS = [2025, 2026, 2027, 2028, 2029];
/** 1 000 acts in 2024, split by type. */
const HISTORY: IndicatorValue[] = [
  {
    year: 2024,
    components: { teleconsultation: 700, teleexpertise: 200, telesurveillance: 60, telesoin: 40, telereadaptation: 0 },
  },
];

function series(etab: EstablishmentProfile, history: IndicatorValue[] = HISTORY) {
  return YEARS.map((year) =>
    resolveTargets({ establishment: etab, indicator: fiche, year, history }).map((t) => [t.comparator, t.value]),
  );
}

describe('CPOM_OS_9', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_9');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('adds 20 points of the 2024 volume a year over 500 beds (+100 % in 2029)', () => {
    const big = establishment({ category: 'chu', beds: 1200 });
    expect(series(big)).toEqual([1200, 1400, 1600, 1800, 2000].map((v) => [['>=', v]]));
  });

  it('adds 10 points a year from 100 to 499 beds (+50 % in 2029)', () => {
    const middle = establishment({ category: 'ch', beds: 250 });
    expect(series(middle)).toEqual([1100, 1200, 1300, 1400, 1500].map((v) => [['>=', v]]));
  });

  it('only asks for an increase under 100 beds', () => {
    const small = establishment({ category: 'clinic', beds: 60 });
    const history = [...HISTORY, { year: 2025, value: 1040 }, { year: 2026, value: 1100 }];
    const targets = series(small, history);
    expect(targets.slice(0, 3)).toEqual([[['>', 1000]], [['>', 1040]], [['>', 1100]]]);
    expect(resolveTargets({ establishment: small, indicator: fiche, year: 2028, history })).toMatchObject([
      { status: 'pending', missing: ['valeur 2027'] },
    ]);
  });

  it('judges the total of all types of acts', () => {
    const middle = establishment({ category: 'ch', beds: 250 });
    const reported = {
      year: 2025,
      components: { teleconsultation: 800, teleexpertise: 250, telesurveillance: 60, telesoin: 0, telereadaptation: 0 },
    };
    expect(judge({ establishment: middle, indicator: fiche, year: 2025, history: HISTORY, reported }).judgement).toBe(
      'met',
    );
    const short = {
      year: 2025,
      components: {
        teleconsultation: 750,
        teleexpertise: 200,
        telesurveillance: 60,
        telesoin: 40,
        telereadaptation: 0,
      },
    };
    expect(
      judge({ establishment: middle, indicator: fiche, year: 2025, history: HISTORY, reported: short }).judgement,
    ).toBe('partly-met');
  });
});
