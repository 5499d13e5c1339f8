import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import { actorForToken, loadActiveUser } from './actor-loader.ts';
import { findSession, SESSION_COOKIE } from '../../security/sessions.ts';

/** Resolves who is calling, from a bearer token or the session cookie, before any /api handler. */
export function registerAuthentication(app: FastifyInstance, db: Db): void {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api')) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = (await actorForToken(db, authorization.slice(7).trim())) ?? null;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await findSession(db, cookie);
    if (session.status !== 'valid') {
      if (session.status === 'expired') request.authFailure = 'SESSION_EXPIRED';
      return;
    }
    const user = await loadActiveUser(db, session.userId);
    if (!user) return;
    request.actor = { ...user, via: 'session', sessionId: session.id, csrfToken: session.csrfToken };
  });
}
