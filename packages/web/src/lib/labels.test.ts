import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@jalon/domain/access/roles';
import { AUTHORISATIONS, ESTABLISHMENT_CATEGORIES, ORG_UNIT_KINDS } from '@jalon/domain/organisation/establishment';
import { authorisationLabel, categoryLabel, cpomTierLabel, orgKindLabel, roleLabel } from './labels.ts';

// Person nouns whose feminine differs: a role named with one of them would not
// agree with half of the people holding it ("Chargé de mission" for a woman).
const GENDERED_NOUNS = new Set([
  'Administrateur',
  'Chargé',
  'Évaluateur',
  'Coordonnateur',
  'Directeur',
  'Président',
  'Chef',
  'Contributeur',
  'Représentant',
  'Lecteur',
]);
const words = (label: string) => label.split(/[\s’'()]+/);

const t = ((key: string) => key) as unknown as TFunction;

describe('labels', () => {
  it('gives every domain value its own French label', () => {
    for (const [values, label] of [
      [ROLES, roleLabel],
      [ORG_UNIT_KINDS, orgKindLabel],
      [ESTABLISHMENT_CATEGORIES, categoryLabel],
      [AUTHORISATIONS, authorisationLabel],
    ] as const) {
      const labels = values.map((value) => (label as (t: TFunction, v: string) => string)(t, value));
      expect(labels.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(values.length);
    }
  });

  it('names each role after its function, in words that agree with any holder', () => {
    const gendered = ROLES.map((role) => roleLabel(t, role)).filter((label) =>
      words(label).some((word) => GENDERED_NOUNS.has(word)),
    );
    expect(gendered).toEqual([]);
  });
});

describe('cpomTierLabel', () => {
  it('keeps a tier’s number with its unit on one line', () => {
    expect(cpomTierLabel(t, 'over-500')).toBe('Plus de 500\u00a0lits et places');
    expect(cpomTierLabel(t, '100-499')).toBe('De 100 à 499\u00a0lits et places');
    expect(cpomTierLabel(t, 'under-100')).toBe('Moins de 100\u00a0lits et places');
  });
});
