import { http, HttpResponse, type DefaultBodyType, type JsonBodyType, type PathParams } from 'msw';
import type { FieldError } from '../lib/api-client.ts';

/**
 * The API paths the web calls, as MSW patterns. Written once here so a test
 * reads as "the server answers this to the login", not as a URL.
 */
export const apiPaths = {
  login: '/api/auth/login',
  session: '/api/auth/session',
  changePassword: '/api/me/password',
  orgUnits: '/api/org-units',
  orgUnit: '/api/org-units/:id',
  userGrants: '/api/users/:userId/grants',
  indicator: '/api/indicators/:code',
  indicatorValues: '/api/establishments/:orgUnitId/indicator-values',
  indicatorValue: '/api/establishments/:orgUnitId/indicator-values/:code/:year',
} as const;

const PROBLEM_TITLES: Readonly<Record<number, string>> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Ressource introuvable',
  409: 'Conflit',
  412: 'Version périmée',
};

/** A problem+json answer shaped as the server sends it (code, detail, field errors, extra members such as `current`). */
export function problem(
  status: number,
  code: string,
  options: { detail?: string; errors?: FieldError[]; extra?: Record<string, unknown> } = {},
): HttpResponse<JsonBodyType> {
  return HttpResponse.json(
    {
      type: `https://jalon.fr/problems/${code.toLowerCase().replaceAll('_', '-')}`,
      title: PROBLEM_TITLES[status] ?? 'Erreur',
      status,
      detail: options.detail ?? code,
      code,
      ...(options.errors ? { errors: options.errors } : {}),
      ...options.extra,
    },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** One request as a handler saw it, for assertions on what the page sent. */
export interface RecordedRequest {
  method: string;
  url: URL;
  params: PathParams;
  headers: Headers;
  body: unknown;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * A handler that records every request it answers, and the list it fills.
 * `answer` receives the recorded request and returns the response.
 */
export function recordingHandler(
  method: Method,
  path: string,
  answer: (request: RecordedRequest) => HttpResponse<DefaultBodyType> | Promise<HttpResponse<DefaultBodyType>>,
) {
  const requests: RecordedRequest[] = [];
  const handler = http[method](path, async ({ request, params }) => {
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      params,
      headers: request.headers,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
    requests.push(recorded);
    return answer(recorded);
  });
  return { handler, requests };
}
