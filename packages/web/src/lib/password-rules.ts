import { z } from 'zod';
import { USER_LIMITS } from '@jalon/contract/users/user-limits';

/**
 * ANSSI guidance for passwords protecting sensitive data: at least 12 characters
 * mixing upper case, lower case, digits and special characters. The server
 * checks the same rules; checking here saves a round trip.
 */
export const PASSWORD_RULES = [
  { id: 'length', test: (value: string) => value.length >= 12 },
  { id: 'upper', test: (value: string) => /\p{Lu}/u.test(value) },
  { id: 'lower', test: (value: string) => /\p{Ll}/u.test(value) },
  { id: 'digit', test: (value: string) => /\d/u.test(value) },
  { id: 'special', test: (value: string) => /[^\p{L}\d]/u.test(value) },
] as const;
export type PasswordRuleId = (typeof PASSWORD_RULES)[number]['id'];

export const strongPasswordSchema = z
  .string()
  .max(USER_LIMITS.password)
  .refine((value) => PASSWORD_RULES.every((rule) => rule.test(value)), { message: 'WEAK_PASSWORD' });
