import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './db/database.ts';
import { registerAccessControl } from './http/access.ts';
import { registerApiReference } from './http/api-reference.ts';
import { registerInputGuards } from './http/input-guards.ts';
import { loggerOptions, type LogOptions } from './http/logging.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { errorHandler, sendProblem } from './http/problem.ts';
import { registerAuthentication } from './features/auth/authenticate.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { accountRoutes } from './features/account/account.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { orgUnitRoutes } from './features/org-units/org-unit.routes.ts';
import { indicatorRoutes } from './features/indicators/fiches/indicator.routes.ts';
import { targetRoutes } from './features/indicators/targets/targets.routes.ts';
import { userRoutes } from './features/users/user.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';

export interface AppOptions {
  database: Database;
  /** Off when absent or false; `true` logs at info level. */
  logger?: boolean | LogOptions;
  /** Built web app to serve at /, when present. */
  webRoot?: string | undefined;
  trustProxy?: boolean | string[] | ((address: string, hop: number) => boolean);
}

export type App = FastifyInstance;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ? loggerOptions(options.logger === true ? { level: 'info' } : options.logger) : false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    // A URL the router cannot decode is refused before any route or error handler: answer it the same way.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
    requestIdHeader: 'x-request-id',
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerInputGuards(app);
  await registerSecurityHeaders(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await registerOpenApi(app);
  registerAuthentication(app, options.database.db);
  registerAccessControl(app);

  const db = options.database.db;
  await app.register(healthRoutes(options.database));
  await app.register(authRoutes(db));
  await app.register(accountRoutes(db));
  await app.register(orgUnitRoutes(db));
  await app.register(indicatorRoutes(db));
  await app.register(targetRoutes(db));
  await app.register(userRoutes(db));
  await app.register(auditRoutes(db));
  app.get('/api/openapi.json', { config: { access: { kind: 'public' } }, schema: { hide: true } }, () => app.swagger());
  await registerApiReference(app);

  await serveWebApp(app, options.webRoot);
  return app;
}

async function serveWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  const hasWeb = webRoot !== undefined && existsSync(webRoot);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      // Hashed bundle names change with every build: cache them for good, never index.html.
      setHeaders: (res, filePath) => {
        void res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // The single-page app owns every other GET path; the API answers problem+json.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api')) return reply.sendFile('index.html');
    return sendProblem(reply, {
      status: 404,
      code: 'NOT_FOUND',
      detail: `Aucune ressource à l'adresse ${request.url}.`,
    });
  });
}
