import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { judge, resolveTargets } from '@jalon/domain/indicators/target-engine';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import { establishment } from '../test-establishments.ts';
import { cpomOs14 } from './cpom-os-14.ts';

const fiche = indicatorDefinitionSchema.parse(cpomOs14);
const YEARS = [2025, 2026, 2027, 2028, 2029];
const had = () => establishment({ category: 'had', beds: 0, places: 80, authorisations: ['had'] });

function resolve(etab: EstablishmentProfile, year: number, history: IndicatorValue[] = []) {
  return resolveTargets({ establishment: etab, indicator: fiche, year, history });
}

describe('CPOM_OS_14', () => {
  it('is a valid fiche with a rule for every year of the CPOM in each row', () => {
    expect(fiche.code).toBe('CPOM_OS_14');
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(YEARS.map(String));
  });

  it('sets three milestones: analysis in 2025, a specialty launched in 2026, its days declared in 2027', () => {
    const etab = had();
    expect([2025, 2026, 2027].map((year) => resolve(etab, year)[0]?.rule?.shape)).toEqual([
      'milestone',
      'milestone',
      'milestone',
    ]);
    expect(resolve(etab, 2025)[0]?.label).toMatch(/^Analyse de l’existant réalisée/);
    expect(resolve(etab, 2027)[0]?.label).toBe('Nombre de journées de l’activité choisie déclaré');
  });

  it('then expects +10 % days over 2027 and +20 % over 2028, rounded up', () => {
    const etab = had();
    const history = [
      { year: 2027, value: 333 },
      { year: 2028, value: 370 },
    ];
    expect(resolve(etab, 2028, history)).toMatchObject([{ status: 'resolved', comparator: '>=', value: 367 }]);
    expect(resolve(etab, 2029, history)).toMatchObject([{ status: 'resolved', comparator: '>=', value: 444 }]);
  });

  it('applies to any establishment authorised for HAD, and only to them', () => {
    const chWithHad = establishment({ category: 'ch', beds: 300, authorisations: ['had'] });
    expect(resolve(chWithHad, 2028, [{ year: 2027, value: 100 }])[0]?.value).toBe(110);
    expect(resolve(establishment({ category: 'ch', beds: 300 }), 2028, [{ year: 2027, value: 100 }])[0]?.status).toBe(
      'not-applicable',
    );
  });

  it('judges the 2026 launch from the declared milestone', () => {
    const result = judge({
      establishment: had(),
      indicator: fiche,
      year: 2026,
      history: [],
      reported: { year: 2026, milestoneReached: false },
    });
    expect(result.judgement).toBe('not-met');
  });
});
