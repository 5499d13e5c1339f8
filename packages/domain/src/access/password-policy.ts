import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as french from '@zxcvbn-ts/language-fr';

/**
 * Password rules after ANSSI guidance for passwords protecting access to
 * personal health-related data without a second factor: at least 12
 * characters drawn from the four character classes, nothing derived from the
 * account's own identity, and not guessable from lists of common passwords or
 * from a word with the usual decorations (`Password123!`, `Aaaaaaaaaaa1!`),
 * which meet the class rules while falling to the first guesses of any attack.
 */
export const PASSWORD_LIMITS = { minLength: 12, maxLength: 128 } as const;

/**
 * zxcvbn's top score: at least 10^10 guesses expected. Lower scores include
 * the composed passwords above (10^8 guesses or fewer).
 */
export const PASSWORD_MIN_SCORE = 4;

export type PasswordProblem =
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'NO_LOWERCASE'
  | 'NO_UPPERCASE'
  | 'NO_DIGIT'
  | 'NO_SPECIAL'
  | 'CONTAINS_IDENTITY'
  | 'TOO_GUESSABLE';

const MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  TOO_SHORT: `au moins ${PASSWORD_LIMITS.minLength} caractères`,
  TOO_LONG: `au plus ${PASSWORD_LIMITS.maxLength} caractères`,
  NO_LOWERCASE: 'une minuscule',
  NO_UPPERCASE: 'une majuscule',
  NO_DIGIT: 'un chiffre',
  NO_SPECIAL: 'un caractère spécial',
  CONTAINS_IDENTITY: "ne pas contenir l'identifiant du compte",
  TOO_GUESSABLE: 'une suite moins prévisible : ce mot de passe est courant ou trop facile à deviner',
};

export interface PasswordIdentity {
  email?: string | undefined;
  displayName?: string | undefined;
}

export function passwordProblems(password: string, identity: PasswordIdentity = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_LIMITS.minLength) problems.push('TOO_SHORT');
  if (length > PASSWORD_LIMITS.maxLength) problems.push('TOO_LONG');
  if (!/\p{Ll}/u.test(password)) problems.push('NO_LOWERCASE');
  if (!/\p{Lu}/u.test(password)) problems.push('NO_UPPERCASE');
  if (!/\p{Nd}/u.test(password)) problems.push('NO_DIGIT');
  if (!/[^\p{L}\p{Nd}]/u.test(password)) problems.push('NO_SPECIAL');
  const local = identity.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3 && password.toLowerCase().includes(local)) problems.push('CONTAINS_IDENTITY');
  // The estimate is the costly check (tens of milliseconds): run it on a password that passes the rest.
  if (problems.length === 0 && passwordScore(password, identity) < PASSWORD_MIN_SCORE) problems.push('TOO_GUESSABLE');
  return problems;
}

/** zxcvbn's score from 0 to 4, with the account's own names counted as known words. */
export function passwordScore(password: string, identity: PasswordIdentity = {}): number {
  return estimator().check(password, identityWords(identity)).score;
}

/** One French sentence listing what the password lacks, for the field error. */
export function describePasswordProblems(problems: readonly PasswordProblem[]): string {
  return `Le mot de passe doit comporter ${problems.map((p) => MESSAGES[p]).join(', ')}.`;
}

function identityWords(identity: PasswordIdentity): string[] {
  const words = [
    identity.email,
    ...(identity.email?.split(/[@.\-_+]/) ?? []),
    ...(identity.displayName?.split(/\s+/) ?? []),
    'jalon',
  ];
  return words.filter((w): w is string => w !== undefined && w.length >= 3);
}

// Built on first use: loading the dictionaries takes about a tenth of a second.
let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
    translations: french.translations,
  });
  return factory;
}
