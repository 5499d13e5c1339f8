import { AUTHENTICATED, PUBLIC } from '../../http/access.ts';
import { systemContext } from '../../access/actor.ts';
import { createApiToken } from '../../features/account/create-api-token.ts';
import { openSession } from '../../security/sessions.ts';
import { createAccountFixture, TEST_PASSWORD } from '../factories.ts';
import { ANY, NOBODY } from './expectations.ts';
import type { RouteCase } from './route-case.ts';
import type { CaseActor, World } from './world.ts';

const own = { name: 'own', target: ANY };
const others = { name: "another user's", target: NOBODY };
const context = systemContext('test fixtures', 'route-table');

/** A token or session of the actor's own account, other than the one it calls with. */
async function ownToken(w: World, actor: CaseActor): Promise<string> {
  if (actor.userId === null) return w.stranger.tokenId;
  return (await createApiToken(w.t.db, context, { userId: actor.userId, name: 'à révoquer' })).id;
}
async function ownSession(w: World, actor: CaseActor): Promise<string> {
  if (actor.userId === null) return w.stranger.sessionId;
  return (await openSession(w.t.db, { userId: actor.userId, userAgent: 'test', ip: undefined })).id;
}

/** Sign-in and the signed-in person's own account: the owner only, whatever their role. */
export const accountCases: readonly RouteCase[] = [
  {
    route: 'GET /api/health',
    rule: PUBLIC,
    success: 200,
    variants: [{ name: 'any', target: ANY, build: () => ({ url: '/api/health' }) }],
  },
  {
    route: 'GET /api/openapi.json',
    rule: PUBLIC,
    success: 200,
    variants: [{ name: 'any', target: ANY, build: () => ({ url: '/api/openapi.json' }) }],
  },
  {
    route: 'POST /api/auth/login',
    rule: PUBLIC,
    success: 200,
    variants: [
      {
        name: 'own account',
        target: ANY,
        build: async (w, actor) => ({
          url: '/api/auth/login',
          body: { email: actor.email ?? (await createAccountFixture(w.t.db)).email, password: TEST_PASSWORD },
        }),
      },
    ],
  },
  // Logging out ends the session it is sent with: a second session of the actor's, so the actor's own stays.
  {
    route: 'POST /api/auth/logout',
    rule: AUTHENTICATED,
    success: 204,
    variants: [{ ...own, build: async (w, actor) => ({ url: '/api/auth/logout', as: await w.freshSession(actor) }) }],
  },
  {
    route: 'GET /api/auth/session',
    rule: AUTHENTICATED,
    success: 200,
    variants: [{ ...own, build: () => ({ url: '/api/auth/session' }) }],
  },
  {
    route: 'GET /api/me',
    rule: AUTHENTICATED,
    success: 200,
    variants: [{ ...own, build: () => ({ url: '/api/me' }) }],
  },
  {
    route: 'PATCH /api/me',
    rule: AUTHENTICATED,
    success: 200,
    variants: [{ ...own, build: () => ({ url: '/api/me', body: { locale: 'fr' } }) }],
  },
  // A password change signs out the account's other sessions: sent by a twin account, not by the actor.
  {
    route: 'POST /api/me/password',
    rule: AUTHENTICATED,
    success: 204,
    variants: [
      {
        ...own,
        build: async (w, actor) => ({
          url: '/api/me/password',
          body: { currentPassword: TEST_PASSWORD, newPassword: 'Autre-Secret-2027!' },
          as: await w.twin(actor),
        }),
        // A leaked token must not change the password that would lock its owner out.
        except: (actor) => (actor.via === 'token' ? 403 : undefined),
      },
    ],
  },
  {
    route: 'GET /api/me/tokens',
    rule: AUTHENTICATED,
    success: 200,
    variants: [{ ...own, build: () => ({ url: '/api/me/tokens' }) }],
  },
  {
    route: 'POST /api/me/tokens',
    rule: AUTHENTICATED,
    success: 201,
    variants: [
      {
        ...own,
        hole: 11,
        build: () => ({ url: '/api/me/tokens', body: { name: 'script' } }),
        // Only a person at a browser mints tokens: a leaked token must not breed others.
        except: (actor) => (actor.via === 'token' ? 403 : undefined),
      },
    ],
  },
  {
    route: 'DELETE /api/me/tokens/:id',
    rule: AUTHENTICATED,
    success: 204,
    variants: [
      { ...own, build: async (w, actor) => ({ url: `/api/me/tokens/${await ownToken(w, actor)}` }) },
      { ...others, build: (w) => ({ url: `/api/me/tokens/${w.stranger.tokenId}` }) },
    ],
  },
  {
    route: 'GET /api/me/sessions',
    rule: AUTHENTICATED,
    success: 200,
    variants: [{ ...own, build: () => ({ url: '/api/me/sessions' }) }],
  },
  {
    route: 'DELETE /api/me/sessions/:id',
    rule: AUTHENTICATED,
    success: 204,
    variants: [
      { ...own, build: async (w, actor) => ({ url: `/api/me/sessions/${await ownSession(w, actor)}` }) },
      { ...others, build: (w) => ({ url: `/api/me/sessions/${w.stranger.sessionId}` }) },
    ],
  },
];
