import { z } from 'zod';
import { DOMAIN_ERROR_CODES } from '@jalon/domain/errors';

/**
 * Codes only the API layers send: transport refusals, access, and the rules
 * the server's use cases check against stored data.
 */
export const API_ERROR_CODES = [
  // Transport and framework refusals.
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'NUL_CHARACTER',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'PRECONDITION_REQUIRED',
  'VERSION_CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'DATABASE_UNAVAILABLE',
  // Authentication and access.
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'SESSION_REQUIRED',
  'INVALID_CREDENTIALS',
  'CSRF_INVALID',
  'FORBIDDEN',
  // Accounts and users.
  'EMAIL_TAKEN',
  'WEAK_PASSWORD',
  'PASSWORD_UNCHANGED',
  'INVALID_CURRENT_PASSWORD',
  'CANNOT_DEACTIVATE_SELF',
  'GRANT_EXISTS',
  'UNKNOWN_ORG_UNIT',
  // Organisation tree.
  'UNKNOWN_PARENT',
  'UNKNOWN_GHT',
  'FINESS_TAKEN',
  'ESTABLISHMENT_REQUIRED',
  'ESTABLISHMENT_NOT_ALLOWED',
  'ORG_HAS_CHILDREN',
  'ORG_IN_USE',
  'NOT_A_REGION',
  // Indicators and targets.
  'CATALOGUE_NOT_FOUND',
  'INDICATOR_NOT_FOUND',
  'ESTABLISHMENT_NOT_FOUND',
  'ALIAS_TAKEN',
  'CODE_MISMATCH',
  'INVALID_FICHE',
  'INVALID_RULE',
  'UNKNOWN_COMPONENT',
] as const;

/** The closed set of codes a problem document (or one of its field errors) may carry. */
export const ERROR_CODES = [...DOMAIN_ERROR_CODES, ...API_ERROR_CODES] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorCodeSchema = z.enum(ERROR_CODES);

declare module '@jalon/domain/errors' {
  // Lets the server throw a DomainError with any API code, and only with those.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members come from the extended record
  interface RegisteredErrorCodes extends Record<(typeof API_ERROR_CODES)[number], true> {}
}
