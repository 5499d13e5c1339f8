import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { judge } from '@jalon/domain/indicators/target-engine';
import { establishment, targetsByYear } from '../test-establishments.ts';
import { cpomCt1 } from './cpom-ct-1.ts';

const fiche = indicatorDefinitionSchema.parse(cpomCt1);
const BY_2028 = 'sans objet';

describe('CPOM_CT_1', () => {
  it('is a valid fiche with a rule for every year of every target row', () => {
    expect(indicatorDefinitionSchema.safeParse(cpomCt1).error?.issues ?? []).toEqual([]);
    expect(fiche.code).toBe('CPOM_CT_1');
    expect(fiche.aliases).toContain('CPOM_CT_01');
    for (const row of fiche.targets)
      expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('expects every CH, whatever its size, to have signed by 2028 at the latest', () => {
    for (const beds of [650, 250, 60]) {
      expect(targetsByYear(fiche, establishment({ category: 'ch', beds }))).toEqual({
        2025: [BY_2028],
        2026: [BY_2028],
        2027: [BY_2028],
        2028: ['oui'],
        2029: ['oui'],
      });
    }
  });

  it('leaves the CHUs of Toulouse and Montpellier without target, named by FINESS', () => {
    for (const finessPrefix of ['31078140', '34078047']) {
      const chu = establishment({ category: 'chu', beds: 2800, finessPrefix });
      expect(Object.values(targetsByYear(fiche, chu)).flat()).toEqual(Array(5).fill('sans objet'));
      const result = judge({
        establishment: chu,
        indicator: fiche,
        year: 2028,
        history: [],
        reported: { year: 2028, value: false },
      });
      expect(result).toMatchObject({
        judgement: 'not-applicable',
        explanation: 'Sans objet en 2028 : Pas de cible pour ce CHU dans la fiche',
      });
    }
  });

  it('expects the CHU de Nîmes to have joined from 2027', () => {
    const nimes = establishment({ category: 'chu', beds: 1900, finessPrefix: '30078003' });
    expect(nimes.finess).toBe('300780038');
    expect(targetsByYear(fiche, nimes)).toEqual({
      2025: ['sans objet'],
      2026: ['sans objet'],
      2027: ['oui'],
      2028: ['oui'],
      2029: ['oui'],
    });
    const late = judge({
      establishment: nimes,
      indicator: fiche,
      year: 2027,
      history: [],
      reported: { year: 2027, value: false },
    });
    expect(late.judgement).toBe('not-met');
  });

  it('gives a CHU the fiche does not name no target', () => {
    const other = establishment({ category: 'chu', beds: 1500 });
    expect(Object.values(targetsByYear(fiche, other)).flat()).toEqual(Array(5).fill('sans objet'));
  });

  it('does not apply to private establishments', () => {
    const clinic = establishment({ category: 'clinic', beds: 200 });
    const result = judge({
      establishment: clinic,
      indicator: fiche,
      year: 2028,
      history: [],
      reported: { year: 2028, value: false },
    });
    expect(result.judgement).toBe('not-applicable');
  });

  it('judges a CH on the signature of the founding convention', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const signed = judge({
      establishment: ch,
      indicator: fiche,
      year: 2028,
      history: [],
      reported: { year: 2028, value: true },
    });
    const notSigned = judge({
      establishment: ch,
      indicator: fiche,
      year: 2028,
      history: [],
      reported: { year: 2028, value: false },
    });
    expect([signed.judgement, notSigned.judgement]).toEqual(['met', 'not-met']);
  });
});
