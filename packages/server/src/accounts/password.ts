import { describePasswordProblems, passwordProblems } from '@jalon/domain/access/password-policy';
import { DomainError } from '@jalon/domain/errors';

/** Refuses a password that breaks the policy, naming the field it came in. */
export function assertStrongPassword(password: string, email: string, field = 'password', displayName?: string): void {
  const problems = passwordProblems(password, { email, displayName });
  if (problems.length > 0) {
    throw new DomainError('WEAK_PASSWORD', describePasswordProblems(problems), {
      field: [field],
      details: { problems },
    });
  }
}
