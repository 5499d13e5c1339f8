import type { FastifyServerOptions } from 'fastify';

/** Where log lines go instead of stdout (tests capture them). */
export interface LogStream {
  write(line: string): void;
}

export interface LogOptions {
  level: string;
  stream?: LogStream | undefined;
}

/**
 * Headers and fields that hold credentials, wherever a log call puts them.
 * The default request serializer logs no header, but a log call may pass a
 * request, a body or an account on purpose or by mistake.
 */
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'password',
  'passwordHash',
  'token',
  'csrfToken',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.passwordHash',
  '*.password_hash',
  '*.token',
  '*.csrfToken',
];

/**
 * Properties of an error kept in the log; anything else is left out. A
 * database error carries the statement's parameters (Drizzle puts them in its
 * message and in `params`) and the values of a failing row (`detail`): a
 * password hash, a token digest, a person's data. The statement text (with
 * its $1 placeholders), the SQLSTATE and the constraint are enough to debug.
 */
const KEPT_PROPERTIES = [
  'code',
  'statusCode',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'routine',
  'query',
  'validationContext',
] as const;

const MAX_CAUSES = 5;

export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

/** The message without the `params: …` part Drizzle appends to a failed query. */
function withoutParams(error: Error): string {
  const at = error.message.indexOf('\nparams:');
  return at === -1 ? error.message : error.message.slice(0, at);
}

/** An error as the log may show it: type, message, stack, a few known properties, its causes. */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error))
    return { type: typeof error, message: typeof error === 'string' ? error : 'non-error value thrown', stack: '' };
  const message = withoutParams(error);
  const out: SafeError = {
    type: error.constructor.name,
    message,
    stack: (error.stack ?? '').replace(error.message, () => message),
  };
  const record = error as unknown as Record<string, unknown>;
  for (const key of KEPT_PROPERTIES) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  if (error.cause !== undefined && depth < MAX_CAUSES) out.cause = safeError(error.cause, depth + 1);
  return out;
}

/** Options for Fastify's logger (pino): redaction on by default, errors without their data. */
export function loggerOptions(options: LogOptions): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: options.level,
    ...(options.stream ? { stream: options.stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: (error: unknown) => safeError(error) },
  };
}
