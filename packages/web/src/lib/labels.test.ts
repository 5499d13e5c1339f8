import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@jalon/domain/access/roles';
import { AUTHORISATIONS, ESTABLISHMENT_CATEGORIES, ORG_UNIT_KINDS } from '@jalon/domain/organisation/establishment';
import { authorisationLabel, categoryLabel, orgKindLabel, roleLabel } from './labels.ts';

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
});
