import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '@jalon/domain/errors';
import type { Permission } from '@jalon/domain/access/roles';
import { hasPermission, type PersonActor } from '../access/actor.ts';

/**
 * Every /api route declares who may call it. Scope (which org units) is then
 * enforced by the use case through the access module (access/scope.ts), answering 404 outside it.
 */
export type AccessRule =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permission: Permission };

export const PUBLIC: AccessRule = { kind: 'public' };
export const AUTHENTICATED: AccessRule = { kind: 'authenticated' };
export const needs = (permission: Permission): AccessRule => ({ kind: 'permission', permission });

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    actor: PersonActor | null;
    /** Why the presented credentials were refused, when they were. */
    authFailure: 'SESSION_EXPIRED' | undefined;
  }
}

// The interactive reference is static and public; its plugin registers its own routes.
const DOCS_PREFIX = '/api/docs';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAccessControl(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authFailure', undefined);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith(DOCS_PREFIX)) return;
    if (!route.config?.access) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    }
  });
  app.addHook('preHandler', async (request) => {
    const rule = request.routeOptions.config.access;
    if (!rule || rule.kind === 'public') return;
    const actor = requireActor(request);
    if (rule.kind === 'permission' && !hasPermission(actor, rule.permission)) {
      throw new DomainError('FORBIDDEN', 'Votre rôle ne permet pas cette action.');
    }
    checkCsrf(request, actor);
  });
}

export function requireActor(request: FastifyRequest): PersonActor {
  if (request.actor) return request.actor;
  if (request.authFailure === 'SESSION_EXPIRED') {
    throw new DomainError('SESSION_EXPIRED', 'Votre session a expiré ; reconnectez-vous.');
  }
  throw new DomainError('UNAUTHENTICATED', 'Connectez-vous pour accéder à cette ressource.');
}

/** Cookie-borne requests that change state must echo the session's CSRF token. */
function checkCsrf(request: FastifyRequest, actor: PersonActor): void {
  if (actor.via !== 'session' || SAFE_METHODS.has(request.method)) return;
  const sent = request.headers['x-csrf-token'];
  const expected = Buffer.from(actor.csrfToken ?? '');
  // Compare bytes, not characters: a header with non-ASCII bytes can have the
  // token's length in characters and not in bytes, and timingSafeEqual throws then.
  const given = typeof sent === 'string' ? Buffer.from(sent) : undefined;
  const ok =
    given !== undefined && expected.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
  if (!ok) throw new DomainError('CSRF_INVALID', 'Jeton anti-CSRF absent ou invalide ; rechargez la page.');
}
