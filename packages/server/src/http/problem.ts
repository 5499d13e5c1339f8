import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDomainError } from '@jalon/domain/errors';
import type { ErrorCode } from '@jalon/contract/errors/error-codes';

/** One field-level error of a problem document. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** HTTP status of each stable error code, every one written out so a new code must be placed. */
const STATUS_BY_CODE = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  NUL_CHARACTER: 400,
  INVALID_FINESS: 400,
  FINESS_FORMAT: 400,
  FINESS_KEY: 400,
  ORG_CYCLE: 400,
  ORG_KIND_NOT_ALLOWED: 400,
  ORG_PRIVATE_GHT_MEMBER: 400,
  ORG_ROOT_NOT_REGION: 400,
  YEAR_OUT_OF_PERIOD: 400,
  WEAK_PASSWORD: 400,
  PASSWORD_UNCHANGED: 400,
  INVALID_CURRENT_PASSWORD: 400,
  CANNOT_DEACTIVATE_SELF: 400,
  UNKNOWN_ORG_UNIT: 400,
  UNKNOWN_PARENT: 400,
  UNKNOWN_GHT: 400,
  ESTABLISHMENT_REQUIRED: 400,
  ESTABLISHMENT_NOT_ALLOWED: 400,
  NOT_A_REGION: 400,
  ALIAS_TAKEN: 400,
  CODE_MISMATCH: 400,
  INVALID_FICHE: 400,
  INVALID_RULE: 400,
  UNKNOWN_COMPONENT: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  SESSION_REQUIRED: 403,
  NOT_FOUND: 404,
  CATALOGUE_NOT_FOUND: 404,
  INDICATOR_NOT_FOUND: 404,
  ESTABLISHMENT_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  EMAIL_TAKEN: 409,
  FINESS_TAKEN: 409,
  GRANT_EXISTS: 409,
  ORG_HAS_CHILDREN: 409,
  ORG_IN_USE: 409,
  VERSION_CONFLICT: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PRECONDITION_REQUIRED: 428,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const satisfies Record<ErrorCode, number>;

const TITLES: Readonly<Record<number, string>> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Ressource introuvable',
  405: 'Méthode non autorisée',
  406: 'Format de réponse non disponible',
  409: 'Conflit',
  412: 'Version périmée',
  413: 'Requête trop volumineuse',
  415: 'Type de contenu non pris en charge',
  428: 'En-tête If-Match requis',
  429: 'Trop de requêtes',
  500: 'Erreur interne',
  503: 'Service indisponible',
};

export function statusForCode(code: ErrorCode): number {
  return STATUS_BY_CODE[code];
}

export function sendProblem(
  reply: FastifyReply,
  problem: { status: number; code: ErrorCode; detail: string; errors?: FieldError[]; extra?: Record<string, unknown> },
): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({
      type: `https://jalon.fr/problems/${problem.code.toLowerCase().replaceAll('_', '-')}`,
      title: TITLES[problem.status] ?? 'Erreur',
      status: problem.status,
      detail: problem.detail,
      code: problem.code,
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...problem.extra,
    });
}

const FASTIFY_CODES: Readonly<Record<string, { code: ErrorCode; detail: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    detail: 'Le corps de la requête dépasse la taille autorisée.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Le corps doit être envoyé en JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'VALIDATION_FAILED', detail: 'Le corps JSON est vide.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'VALIDATION_FAILED', detail: "Le corps n'est pas un JSON valide." },
};

/** Refusals from the framework or a plugin known by their status only (a static path, a method). */
const CLIENT_ERRORS: Readonly<Record<number, { code: ErrorCode; detail: string }>> = {
  403: { code: 'FORBIDDEN', detail: 'Accès refusé à cette adresse.' },
  404: { code: 'NOT_FOUND', detail: 'Aucune ressource à cette adresse.' },
  405: { code: 'METHOD_NOT_ALLOWED', detail: "Cette méthode n'est pas acceptée à cette adresse." },
  406: { code: 'NOT_ACCEPTABLE', detail: "Aucun format de réponse ne correspond à l'en-tête Accept." },
  413: { code: 'PAYLOAD_TOO_LARGE', detail: 'Le corps de la requête dépasse la taille autorisée.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Type de contenu non pris en charge.' },
};

/** Every error leaves as problem+json; unknown ones are logged and hidden behind a 500. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const errors = error.validation.map((issue) => ({
      path: [where === 'body' ? '' : where, ...String(issue.instancePath).split('/').filter(Boolean)]
        .filter(Boolean)
        .join('.'),
      code: String(issue.keyword).toUpperCase(),
      message: issue.message ?? 'Valeur invalide',
    }));
    return sendProblem(reply, {
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'Certains champs sont invalides.',
      errors,
    });
  }
  if (isDomainError(error)) {
    const status = statusForCode(error.code);
    const { current, fieldErrors, ...details } = error.details ?? {};
    // Several fields can be wrong at once (a reported value): the domain then lists them all.
    const errors = Array.isArray(fieldErrors)
      ? (fieldErrors as FieldError[])
      : error.field
        ? [{ path: error.field.join('.'), code: error.code, message: error.message }]
        : undefined;
    return sendProblem(reply, {
      status,
      code: error.code,
      detail: error.message,
      ...(errors ? { errors } : {}),
      extra: { ...details, ...(current === undefined ? {} : { current }) },
    });
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return sendProblem(reply, { status: statusForCode(known.code), ...known });
  if (error.statusCode === 429) {
    return sendProblem(reply, {
      status: 429,
      code: 'RATE_LIMITED',
      detail: 'Trop de tentatives ; réessayez dans une minute.',
    });
  }
  // Any other refusal from the framework or a plugin (bad URL encoding, a path the static
  // files refuse, a header too long) is the client's: keep its status, never call it a 500.
  const status = error.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return sendProblem(reply, {
      status,
      ...(CLIENT_ERRORS[status] ?? { code: 'BAD_REQUEST', detail: 'La requête a été refusée.' }),
    });
  }
  if (isResponseSerializationError(error))
    request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
  else request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, { status: 500, code: 'INTERNAL', detail: 'Une erreur inattendue est survenue.' });
}
