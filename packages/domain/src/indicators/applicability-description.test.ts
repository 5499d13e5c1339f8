import { describe, expect, it } from 'vitest';
import { describeApplicability } from './applicability-description.ts';
import { buildIndicator } from './test-builders.ts';

describe('describeApplicability', () => {
  it('says nothing for a fiche that concerns everyone', () => {
    expect(describeApplicability(buildIndicator())).toEqual([]);
  });

  it('writes one French line per condition', () => {
    const indicator = buildIndicator({
      applicability: [
        { type: 'ght-member' },
        { type: 'exclude-categories', exclude: ['clinic'] },
        { type: 'legal-statuses', include: ['public', 'private-non-profit'] },
        { type: 'authorisation', authorisation: 'had' },
        { type: 'tiers', include: ['over-500'] },
        { type: 'finess', include: ['310781406'] },
      ],
    });
    expect(describeApplicability(indicator)).toEqual([
      'Membres d’un GHT',
      'Sauf clinique privée',
      'Statut public et privé à but non lucratif',
      'Autorisés en hospitalisation à domicile',
      'Établissements de plus de 500 lits',
      'Établissement désigné par la fiche (FINESS 310781406)',
    ]);
  });
});
