import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs17 } from './cpom-os-17.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs17);
const YEARS = [2025, 2026, 2027, 2028, 2029];

const required = (etab: EstablishmentProfile) =>
  YEARS.map((year) => resolveTargets({ establishment: etab, indicator: fiche, year, history: [] }).map((t) => t.text));

describe('CPOM_OS_17', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_17');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('asks a CHU to update all three plans every year', () => {
    expect(required(establishment({ category: 'chu', beds: 1500 }))).toEqual(YEARS.map(() => ['≥ 3/3']));
  });

  it('asks other establishments for 1/3, 1/3, 2/3, 2/3 then 3/3', () => {
    const expected = ['≥ 1/3', '≥ 1/3', '≥ 2/3', '≥ 2/3', '≥ 3/3'].map((text) => [text]);
    for (const category of [
      'ch',
      'chs',
      'espic',
      'clinic',
      'had',
      'smr',
      'cancer-centre',
      'local-hospital',
      'medico-social',
    ] as const) {
      expect(required(establishment({ category, beds: 300 }))).toEqual(expected);
    }
  });

  it('judges the plans updated in the year', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const run = (year: number, pse: boolean) =>
      judge({
        establishment: ch,
        indicator: fiche,
        year,
        history: [],
        reported: { year, components: { pgthsse: true, pca: true, pse } },
      }).judgement;
    expect(run(2027, false)).toBe('met');
    expect(run(2029, false)).toBe('partly-met');
    expect(run(2029, true)).toBe('met');
  });
});
