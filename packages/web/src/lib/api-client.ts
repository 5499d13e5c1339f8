/** One field-level problem, as listed in a problem+json `errors` array. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/**
 * A failed API call. `code` is the stable id the server sends (or NETWORK_ERROR /
 * HTTP_<status> when the answer was not problem+json), so the UI can translate it.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** On 412, the other person's version of the resource. */
  readonly current: unknown;
  /** On 429 RATE_LIMITED, how many seconds before trying again. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: string;
    detail: string;
    errors?: FieldError[];
    current?: unknown;
    retryAfterSeconds?: number | null;
  }) {
    super(init.detail || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.current = init.current;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Version of the resource being changed; sent as If-Match. */
  version?: number;
  signal?: AbortSignal;
}

// The CSRF token comes with the session (GET /api/auth/session) and the login
// answer; the session cookie alone must never be enough to change data.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/api${path}?${search}` : `/api${path}`;
}

export function buildHeaders(options: RequestOptions): Headers {
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  const method = options.method ?? 'GET';
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  if (options.version !== undefined) headers.set('if-match', `"${options.version}"`);
  return headers;
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { path, code, message } = entry as Record<string, unknown>;
    return [{ path: String(path ?? ''), code: String(code ?? ''), message: String(message ?? '') }];
  });
}

/** Turns a non-2xx answer into an ApiError, whether or not it is problem+json. */
export async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    return new ApiError({ status: response.status, code: `HTTP_${response.status}`, detail: response.statusText });
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return new ApiError({
    status: response.status,
    code: typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
    detail: typeof body.detail === 'string' ? body.detail : String(body.title ?? response.statusText),
    errors: asFieldErrors(body.errors),
    current: body.current,
    retryAfterSeconds: typeof body.retryAfter === 'number' ? body.retryAfter : null,
  });
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers: buildHeaders(options),
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', detail: String(cause) });
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
