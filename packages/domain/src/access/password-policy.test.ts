import { describe, expect, it } from 'vitest';
import { describePasswordProblems, passwordProblems } from './password-policy.ts';

describe('password policy', () => {
  it('accepts a long password from the four classes', () => {
    expect(passwordProblems('Cpom-2025-Occitanie!')).toEqual([]);
  });

  it('lists every missing class of a weak password', () => {
    expect(passwordProblems('motdepasse')).toEqual(['TOO_SHORT', 'NO_UPPERCASE', 'NO_DIGIT', 'NO_SPECIAL']);
  });

  it('counts accented letters as letters and characters, not bytes', () => {
    expect(passwordProblems('Élève-hôpital-9')).toEqual([]);
    expect(passwordProblems('Éé9!éééééé')).toContain('TOO_SHORT');
  });

  it('refuses a password built on the account name', () => {
    expect(passwordProblems('Marie.Curie-2026', { email: 'marie.curie@chu.fr' })).toEqual(['CONTAINS_IDENTITY']);
  });

  it('refuses common and composed passwords that meet every class rule', () => {
    for (const password of [
      'Password123!',
      'Aaaaaaaaaaa1!',
      'Motdepasse123!',
      'Azerty123456!',
      'P@ssw0rd2026!',
      'Bonjour2026!!',
    ]) {
      expect(passwordProblems(password), password).toEqual(['TOO_GUESSABLE']);
    }
  });

  it("counts the person's own names as known words", () => {
    expect(passwordProblems('Ossendrijver-77!')).toEqual([]);
    expect(passwordProblems('Ossendrijver-77!', { displayName: 'Jan Ossendrijver' })).toEqual(['TOO_GUESSABLE']);
  });

  it('says in French what is missing', () => {
    expect(describePasswordProblems(['TOO_SHORT', 'NO_DIGIT'])).toBe(
      'Le mot de passe doit comporter au moins 12 caractères, un chiffre.',
    );
  });
});
