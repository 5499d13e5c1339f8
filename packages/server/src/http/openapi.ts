import fastifySwagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JALON_VERSION } from '../version.ts';
import type { AccessRule } from './access.ts';

/**
 * The OpenAPI document, completed in one place rather than in every route:
 * routes declare their Zod schemas and access rule, and this file adds what a
 * generated client needs (operation ids, the problem+json error shape, the
 * concurrency and CSRF headers, which routes are public).
 */

/** Media type of every error body (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDetails' };

/** The body `sendProblem` (problem.ts) writes, as a client may rely on it. */
const problemDetailsSchema = {
  type: 'object',
  description: 'Erreur au format RFC 9457 (problem+json), avec la liste des champs en faute pour une requête invalide.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'Adresse stable du type d’erreur.' },
    title: { type: 'string', description: 'Intitulé du statut HTTP.' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'Explication lisible, en français.' },
    code: { type: 'string', description: 'Code stable de l’erreur (VALIDATION_FAILED, VERSION_CONFLICT, …).' },
    errors: {
      type: 'array',
      description: 'Un élément par champ en faute.',
      items: {
        type: 'object',
        required: ['path', 'code', 'message'],
        properties: {
          path: {
            type: 'string',
            description: 'Chemin du champ, séparé par des points (query.page, capacities.0.year).',
          },
          code: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
    current: { description: 'Sur un 412, la version enregistrée entre-temps.' },
  },
  additionalProperties: true,
} as const;

type IfMatch = 'required' | 'optional';

/**
 * Which operations read `If-Match` and which answer an `ETag` (see
 * versioning.ts). Route handlers call those helpers, which the schemas
 * cannot see; the document builder fails when an entry names no route, and
 * the API fuzzer checks the headers it meets against this table.
 */
export const VERSIONED_OPERATIONS: Readonly<Record<string, { ifMatch?: IfMatch; etag?: true }>> = {
  'GET /api/org-units/{id}': { etag: true },
  'POST /api/org-units': { etag: true },
  'PATCH /api/org-units/{id}': { ifMatch: 'required', etag: true },
  'POST /api/org-units/{id}/move': { ifMatch: 'required', etag: true },
  'DELETE /api/org-units/{id}': { ifMatch: 'required' },
  'GET /api/indicators/{code}': { etag: true },
  'PUT /api/indicators/{code}': { ifMatch: 'required', etag: true },
  'PUT /api/establishments/{id}/indicator-values/{code}/{year}': { ifMatch: 'optional', etag: true },
  'PUT /api/establishments/{id}/target-overrides/{code}/{year}': { ifMatch: 'optional', etag: true },
  'DELETE /api/establishments/{id}/target-overrides/{code}/{year}': { ifMatch: 'required' },
  'GET /api/users/{id}': { etag: true },
  'POST /api/users': { etag: true },
  'PATCH /api/users/{id}': { ifMatch: 'required', etag: true },
  'POST /api/users/{id}/unlock': { etag: true },
};

const TAGS = [
  { name: 'Système', description: 'État du service.' },
  { name: 'Authentification', description: 'Ouverture et fermeture de session.' },
  { name: 'Mon compte', description: 'Profil, mot de passe, jetons d’API et sessions de la personne connectée.' },
  { name: 'Organisations', description: 'Arbre des entités : régions, GHT, établissements, sites, pôles, unités.' },
  { name: 'Indicateurs', description: 'Catalogues et fiches d’indicateurs, avec leurs versions.' },
  { name: 'CPOM', description: 'Cibles, valeurs déclarées et cibles négociées des établissements.' },
  { name: 'Utilisateurs', description: 'Comptes et rôles.' },
  { name: 'Audit', description: 'Historique des modifications.' },
];

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** `get /api/org-units/{id}/move` → `getOrgUnitsByIdMove`: stable, and unique as long as routes are. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api')
    .flatMap((segment) => {
      const param = /^[{:](\w+)}?$/.exec(segment);
      return param ? ['by', param[1]!] : segment.split(/[-_.]/);
    });
  return [method.toLowerCase(), ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('');
}

const transform: SwaggerTransform = (document) => {
  const result = jsonSchemaTransform(document as Parameters<typeof jsonSchemaTransform>[0]);
  const schema = result.schema as Record<string, unknown>;
  if (schema.hide) return result;
  const method = String(Array.isArray(document.route.method) ? document.route.method[0] : document.route.method);
  schema.operationId = operationIdOf(method, result.url);
  const access = (document.route.config as { access?: AccessRule } | undefined)?.access;
  if (access?.kind === 'public') schema.security = [];
  return result;
};

interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: Record<string, unknown>[];
  requestBody?: unknown;
  responses?: Record<string, { description: string; content?: unknown; headers?: Record<string, unknown> }>;
}

const problem = (description: string) => ({ description, content: { [PROBLEM_MEDIA_TYPE]: { schema: PROBLEM_REF } } });

/** The error answers an operation can give, each with the problem+json body. */
function errorResponses(
  method: string,
  operation: Operation,
  versioned: { ifMatch?: IfMatch } | undefined,
  hasPath: boolean,
) {
  const isPublic = operation.security?.length === 0;
  return {
    400: problem('Requête invalide : la liste `errors` nomme chaque champ en faute.'),
    ...(isPublic
      ? {}
      : {
          401: problem('Non authentifié ou session expirée.'),
          403: problem('Rôle insuffisant, ou jeton anti-CSRF absent.'),
        }),
    ...(hasPath ? { 404: problem('Ressource introuvable ou hors de votre périmètre.') } : {}),
    ...(versioned?.ifMatch ? { 412: problem('Version périmée : `current` porte la version enregistrée.') } : {}),
    ...(versioned?.ifMatch === 'required' ? { 428: problem('En-tête If-Match absent ou illisible.') } : {}),
    ...(operation.requestBody
      ? { 413: problem('Corps trop volumineux.'), 415: problem('Le corps doit être du JSON.') }
      : {}),
    '4XX': problem('Autre refus (conflit, compte verrouillé, trop de requêtes…).'),
    '5XX': problem('Erreur interne ou service indisponible.'),
  };
}

function headerParameters(method: string, operation: Operation, versioned: { ifMatch?: IfMatch } | undefined) {
  const parameters: Record<string, unknown>[] = [];
  if (versioned?.ifMatch) {
    parameters.push({
      in: 'header',
      name: 'If-Match',
      required: versioned.ifMatch === 'required',
      description:
        versioned.ifMatch === 'required'
          ? 'Version lue, telle que donnée par l’ETag : `"3"`.'
          : 'Version lue, telle que donnée par l’ETag ; obligatoire pour remplacer un élément existant.',
      schema: { type: 'string', examples: ['"3"'] },
    });
  }
  if (UNSAFE_METHODS.has(method) && operation.security?.length !== 0) {
    parameters.push({
      in: 'header',
      name: 'X-CSRF-Token',
      required: false,
      description:
        'Jeton anti-CSRF de la session (`csrfToken` de la connexion) ; obligatoire avec le cookie de session, inutile avec un jeton Bearer.',
      schema: { type: 'string' },
    });
  }
  return parameters;
}

const ETAG_HEADER = {
  description: 'Version de la ressource, à renvoyer dans If-Match.',
  schema: { type: 'string', examples: ['"3"'] },
};

function completeOperation(method: string, path: string, operation: Operation, seenIds: Set<string>): void {
  const id = operation.operationId ?? operationIdOf(method, path);
  if (seenIds.has(id)) throw new Error(`Two operations share the id ${id}`);
  seenIds.add(id);
  const versioned = VERSIONED_OPERATIONS[`${method.toUpperCase()} ${path}`];
  operation.parameters = [...(operation.parameters ?? []), ...headerParameters(method, operation, versioned)];
  if (operation.parameters.length === 0) delete operation.parameters;
  const responses = operation.responses ?? {};
  for (const [status, response] of Object.entries(responses)) {
    if (versioned?.etag && status.startsWith('2')) response.headers = { ...response.headers, ETag: ETAG_HEADER };
  }
  // A route's own declaration (the health check's 503) wins over the generic error.
  operation.responses = { ...errorResponses(method, operation, versioned, path.includes('{')), ...responses };
}

const transformObject: SwaggerTransformObject = (document) => {
  if (!('openapiObject' in document)) return document.swaggerObject;
  const { openapiObject } = document;
  const paths = (openapiObject.paths ?? {}) as Record<string, Record<string, Operation>>;
  const seenIds = new Set<string>();
  const seenRoutes = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      completeOperation(method, path, operation, seenIds);
      seenRoutes.add(`${method.toUpperCase()} ${path}`);
    }
  }
  const stale = Object.keys(VERSIONED_OPERATIONS).filter((key) => !seenRoutes.has(key));
  if (stale.length > 0) throw new Error(`VERSIONED_OPERATIONS names no route: ${stale.join(', ')}`);
  const components = openapiObject.components ?? {};
  return {
    ...openapiObject,
    components: { ...components, schemas: { ...components.schemas, ProblemDetails: problemDetailsSchema } },
    // The plugin types the document as a union of OpenAPI versions; this one is 3.1.
  } as unknown as ReturnType<SwaggerTransformObject>;
};

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jalon API',
        version: JALON_VERSION,
        description: 'Pilotage stratégique des établissements de santé.',
      },
      // Relative: the document is served by the API it describes, whatever its host.
      servers: [{ url: '/', description: 'Ce serveur Jalon' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'jalon_session',
            description: 'Cookie de session ; les requêtes qui modifient exigent aussi X-CSRF-Token.',
          },
          bearer: { type: 'http', scheme: 'bearer', description: 'Jeton d’API (Mon compte → Jetons).' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform,
    transformObject,
  });
}

/** The `response` entry of a route that answers 204: no body, so the document shows none. */
export const noContent = z.undefined().describe('Pas de contenu');
