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
    for (const row of fiche.targets) expect(Object.keys(row.years).sort()).toEqual(['2025', '2026', '2027', '2028', '2029']);
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

  it('leaves CHUs without target, the Nîmes row being out of the engine’s reach', () => {
    const chu = establishment({ category: 'chu', beds: 2800 });
    expect(Object.values(targetsByYear(fiche, chu)).flat()).toEqual(Array(5).fill('sans objet'));
  });

  it('does not apply to private establishments', () => {
    const clinic = establishment({ category: 'clinic', beds: 200 });
    const result = judge({ establishment: clinic, indicator: fiche, year: 2028, history: [], reported: { year: 2028, value: false } });
    expect(result.judgement).toBe('not-applicable');
  });

  it('judges a CH on the signature of the founding convention', () => {
    const ch = establishment({ category: 'ch', beds: 300 });
    const signed = judge({ establishment: ch, indicator: fiche, year: 2028, history: [], reported: { year: 2028, value: true } });
    const notSigned = judge({ establishment: ch, indicator: fiche, year: 2028, history: [], reported: { year: 2028, value: false } });
    expect([signed.judgement, notSigned.judgement]).toEqual(['met', 'not-met']);
  });
});
