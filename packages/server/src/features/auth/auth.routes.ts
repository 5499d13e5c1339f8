import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { AUTHENTICATED, PUBLIC, requireActor } from '../../http/access.ts';
import { noContent } from '../../http/openapi.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { loadActiveUser } from './actor-loader.ts';
import { loginBody, sessionResponse } from '@jalon/contract/auth/login';
import { login } from './login.ts';
import { meView } from '../../accounts/me-view.ts';
import { withRetryAfter } from '../../security/retry-after.ts';
import { revokeSession, SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../security/sessions.ts';

const tags = ['Authentification'];

export function authRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/auth/login',
      {
        config: { access: PUBLIC },
        schema: { summary: 'Se connecter', tags, body: loginBody, response: { 200: sessionResponse } },
      },
      async (request, reply) => {
        const { email, password } = request.body;
        // Failed checks are counted and delayed in PostgreSQL (login-throttle.ts), per account and per address.
        const session = await withRetryAfter(reply, () =>
          login(db, {
            email,
            password,
            userAgent: request.headers['user-agent'],
            ip: request.ip,
            requestId: request.id,
          }),
        );
        setSessionCookie(request, reply, session.cookieValue);
        const actor = await loadActiveUser(db, session.userId);
        return { user: await meView(db, actor!), csrfToken: session.csrfToken };
      },
    );
    app.post(
      '/api/auth/logout',
      { config: { access: AUTHENTICATED }, schema: { summary: 'Se déconnecter', tags, response: { 204: noContent } } },
      async (request, reply) => {
        const actor = requireActor(request);
        if (actor.sessionId) {
          await revokeSession(db, { id: actor.sessionId });
          await recordAudit(
            db,
            { actor, requestId: request.id },
            { action: 'logout', entityType: 'session', entityId: actor.sessionId },
          );
        }
        return reply.clearCookie(SESSION_COOKIE, { path: '/' }).code(204).send();
      },
    );
    app.get(
      '/api/auth/session',
      {
        config: { access: AUTHENTICATED },
        schema: { summary: 'Session en cours', tags, response: { 200: sessionResponse } },
      },
      async (request) => {
        const actor = requireActor(request);
        return { user: await meView(db, actor), csrfToken: actor.csrfToken ?? '' };
      },
    );
  };
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string): void {
  void reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the browser reached us over HTTPS (directly or through a trusted proxy).
    secure: request.protocol === 'https',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}
