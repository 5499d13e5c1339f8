import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '@jalon/contract/errors/error-codes';
import { ApiError } from './api-client.ts';
import { errorMessage, fieldErrorMessage } from './error-messages.ts';
import { placeFieldErrors } from './form-errors.ts';

// Stands in for i18next: returns the French key with its values filled in.
const t = ((key: string, values?: Record<string, string>) =>
  key.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values?.[name] ?? '')) as unknown as TFunction;

describe('errorMessage', () => {
  it.each(ERROR_CODES)('says something readable for %s', (code) => {
    const message = errorMessage(t, new ApiError({ status: 400, code, detail: 'Détail du serveur' }));
    expect(message).not.toBe('');
    expect(message).not.toBe(code);
  });

  it('tells wrong credentials apart from a delayed login, with the time to come back', () => {
    expect(errorMessage(t, new ApiError({ status: 401, code: 'INVALID_CREDENTIALS', detail: 'x' }))).toBe(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    vi.useFakeTimers({ now: new Date('2026-01-15T09:13:00Z') });
    const delayed = new ApiError({ status: 429, code: 'RATE_LIMITED', detail: 'x', retryAfterSeconds: 120 });
    expect(errorMessage(t, delayed)).toBe('Trop de tentatives. Réessayez à partir de 10:15.');
    vi.useRealTimers();
  });

  it('uses the server detail for an unknown 4xx code and hides 5xx details', () => {
    expect(
      errorMessage(t, new ApiError({ status: 400, code: 'YEAR_OUT_OF_PERIOD', detail: 'Année hors période' })),
    ).toBe('Année hors période');
    expect(errorMessage(t, new ApiError({ status: 500, code: 'INTERNAL', detail: 'stack trace' }))).toMatch(/serveur/);
  });

  it('does not leak non-API errors', () => {
    expect(errorMessage(t, new Error('boom'))).toBe('Une erreur inattendue est survenue.');
  });
});

describe('field errors', () => {
  it('translates known codes and keeps the French message otherwise', () => {
    expect(fieldErrorMessage(t, { code: 'INVALID_FINESS', message: 'x' })).toMatch(/FINESS/);
    expect(fieldErrorMessage(t, { code: 'too_small', message: 'Trop court' })).toBe('Trop court');
  });

  it('keeps the specific French message of a schema rule, translates the rule otherwise', () => {
    expect(fieldErrorMessage(t, { code: 'TOO_SMALL', message: 'Nom obligatoire' }, 'fr')).toBe('Nom obligatoire');
    expect(fieldErrorMessage(t, { code: 'TOO_SMALL', message: 'Nom obligatoire' }, 'en')).toBe(
      'Valeur manquante ou trop courte.',
    );
    expect(fieldErrorMessage(t, { code: 'INVALID_CURRENT_PASSWORD', message: 'x' })).toBe(
      'Mot de passe actuel incorrect.',
    );
  });

  it('places errors on known fields and returns the others', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'x',
      errors: [
        { path: 'newPassword', code: 'WEAK_PASSWORD', message: 'faible' },
        { path: 'other', code: 'x', message: 'Autre problème' },
      ],
    });
    const placed: Record<string, string> = {};
    const rest = placeFieldErrors(error, ['newPassword'], (path, message) => (placed[path] = message), t);
    expect(Object.keys(placed)).toEqual(['newPassword']);
    expect(placed.newPassword).toMatch(/12 caractères/);
    expect(rest).toEqual(['Autre problème']);
  });
});
