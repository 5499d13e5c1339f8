import type { TFunction } from 'i18next';
import { isApiError } from './api-client.ts';
import { fieldErrorMessage } from './error-messages.ts';

/**
 * Spreads the field errors of an API answer over a form's fields. Returns the
 * paths it could not place (unknown fields), so the caller can show them above
 * the form instead of losing them.
 */
export function placeFieldErrors(
  error: unknown,
  knownFields: readonly string[],
  setFieldError: (path: string, message: string) => void,
  t: TFunction,
  locale = 'fr',
): string[] {
  if (!isApiError(error)) return [];
  const unplaced: string[] = [];
  for (const fieldError of error.errors) {
    const message = fieldErrorMessage(t, fieldError, locale);
    if (knownFields.includes(fieldError.path)) setFieldError(fieldError.path, message);
    else unplaced.push(message);
  }
  return unplaced;
}

/** True when the error placed at least one message on a known field. */
export function hasFieldErrorsFor(error: unknown, knownFields: readonly string[]): boolean {
  return isApiError(error) && error.errors.some((e) => knownFields.includes(e.path));
}
