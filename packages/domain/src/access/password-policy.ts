/**
 * Password rules after ANSSI guidance for passwords protecting access to
 * personal health-related data without a second factor: at least 12
 * characters drawn from the four character classes, and nothing derived
 * from the account's own identity.
 */
export const PASSWORD_LIMITS = { minLength: 12, maxLength: 128 } as const;

export type PasswordProblem =
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'NO_LOWERCASE'
  | 'NO_UPPERCASE'
  | 'NO_DIGIT'
  | 'NO_SPECIAL'
  | 'CONTAINS_IDENTITY';

const MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  TOO_SHORT: `au moins ${PASSWORD_LIMITS.minLength} caractères`,
  TOO_LONG: `au plus ${PASSWORD_LIMITS.maxLength} caractères`,
  NO_LOWERCASE: 'une minuscule',
  NO_UPPERCASE: 'une majuscule',
  NO_DIGIT: 'un chiffre',
  NO_SPECIAL: 'un caractère spécial',
  CONTAINS_IDENTITY: "ne pas contenir l'identifiant du compte",
};

export function passwordProblems(password: string, identity: { email?: string } = {}): PasswordProblem[] {
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
  return problems;
}

/** One French sentence listing what the password lacks, for the field error. */
export function describePasswordProblems(problems: readonly PasswordProblem[]): string {
  return `Le mot de passe doit comporter ${problems.map((p) => MESSAGES[p]).join(', ')}.`;
}
