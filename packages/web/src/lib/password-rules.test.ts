import { describe, expect, it } from 'vitest';
import { PASSWORD_RULES, strongPasswordSchema } from './password-rules.ts';

const failing = (value: string) => PASSWORD_RULES.filter((rule) => !rule.test(value)).map((rule) => rule.id);

describe('password rules', () => {
  it('names each missing ingredient', () => {
    expect(failing('court')).toEqual(['length', 'upper', 'digit', 'special']);
    expect(failing('ABCDEFGHIJKL')).toEqual(['lower', 'digit', 'special']);
    expect(failing('Hôpital-Nord-2026')).toEqual([]);
  });

  it('accepts accented letters as letters, not as special characters', () => {
    expect(failing('ÉléphantRose12')).toEqual(['special']);
  });

  it('rejects a weak or overlong password in the schema', () => {
    expect(strongPasswordSchema.safeParse('motdepasse').success).toBe(false);
    expect(strongPasswordSchema.safeParse('Motdepasse-2026').success).toBe(true);
    expect(strongPasswordSchema.safeParse(`Aa1-${'x'.repeat(125)}`).success).toBe(false);
  });
});
