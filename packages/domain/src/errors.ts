/**
 * The one error type business rules throw. It carries a stable code
 * (UPPER_SNAKE, e.g. `INVALID_FINESS`, `ORG_CYCLE`, `YEAR_OUT_OF_PERIOD`) that
 * the server maps to an HTTP answer and the web app to a translated message;
 * the domain itself knows nothing of HTTP, so there is no status here.
 */
export interface DomainErrorOptions {
  /** Path of the offending input field, e.g. `['targets', '2', 'value']`. */
  field?: string[] | undefined;
  /** Machine-readable context (ids, limits) for the client or the logs. */
  details?: Record<string, unknown> | undefined;
  cause?: unknown;
}

/** The codes the domain's own rules throw or report on a field. */
export const DOMAIN_ERROR_CODES = [
  'INVALID_FINESS',
  'FINESS_FORMAT',
  'FINESS_KEY',
  'ORG_CYCLE',
  'ORG_KIND_NOT_ALLOWED',
  'ORG_PRIVATE_GHT_MEMBER',
  'ORG_ROOT_NOT_REGION',
  'YEAR_OUT_OF_PERIOD',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * Codes the layers above the domain register (by module augmentation, see
 * `@jalon/contract/errors/error-codes`) so they can throw a DomainError too.
 * The domain cannot import them, yet a typo in any layer still fails the compiler.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation
export interface RegisteredErrorCodes {}

/** Every code a DomainError may carry: the domain's own and the registered ones. */
export type ThrowableErrorCode = DomainErrorCode | keyof RegisteredErrorCodes;

const CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

export class DomainError extends Error {
  /**
   * Makes the class nominal. Without it any Error with a string `code`
   * (FastifyError, Node's SystemError) is structurally a DomainError, and
   * `isDomainError` would narrow such a value to itself in the true branch
   * and to `never` in the false one.
   */
  declare private readonly domainErrorBrand: never;
  readonly code: ThrowableErrorCode;
  readonly field?: string[] | undefined;
  readonly details?: Record<string, unknown> | undefined;

  /**
   * @param code stable UPPER_SNAKE identifier; clients switch on it, never on the message
   * @param message French, readable by the end user as is
   */
  constructor(code: ThrowableErrorCode, message: string, options: DomainErrorOptions = {}) {
    // A malformed code would silently break every client mapping, so fail loudly.
    if (!CODE_PATTERN.test(code)) {
      throw new TypeError(`DomainError code must be UPPER_SNAKE_CASE, got "${code}"`);
    }
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    if (options.field !== undefined) this.field = options.field;
    if (options.details !== undefined) this.details = options.details;
  }
}

/**
 * Also accepts errors that crossed a realm or module-copy boundary (a second
 * copy of this file, a worker), where `instanceof` would say no.
 */
export function isDomainError(e: unknown): e is DomainError {
  if (e instanceof DomainError) return true;
  return e instanceof Error && e.name === 'DomainError' && typeof (e as { code?: unknown }).code === 'string';
}
