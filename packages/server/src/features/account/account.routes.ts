import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@jalon/domain/errors';
import type { Db } from '../../db/database.ts';
import { AUTHENTICATED } from '../../http/access.ts';
import { contextOf } from '../../http/context.ts';
import { noContent } from '../../http/openapi.ts';
import { recordAudit } from '../../audit/audit-recorder.ts';
import { meSchema, updateMeBody } from '@jalon/contract/account/me';
import { meView } from '../../accounts/me-view.ts';
import { revokeSession } from '../../security/sessions.ts';
import { listLiveSessions, listTokens, revokeToken } from './account-queries.ts';
import { createdTokenSchema, createTokenBody, tokenListSchema } from '@jalon/contract/account/api-token';
import { changePasswordBody } from '@jalon/contract/account/password';
import { sessionListSchema } from '@jalon/contract/account/session';
import { idParams } from '@jalon/contract/common/id-params';
import { changePassword } from './change-password.ts';
import { createApiToken } from './create-api-token.ts';
import { sessionOnly } from './session-only.ts';
import { updateProfile } from './update-profile.ts';
import { withRetryAfter } from '../../security/retry-after.ts';

const tags = ['Mon compte'];
const config = { access: AUTHENTICATED };

export function accountRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get('/api/me', { config, schema: { summary: 'Mon profil', tags, response: { 200: meSchema } } }, (request) =>
      meView(db, contextOf(request).actor),
    );
    app.patch(
      '/api/me',
      { config, schema: { summary: 'Modifier mon profil', tags, body: updateMeBody, response: { 200: meSchema } } },
      async (request) => {
        const context = contextOf(request);
        await updateProfile(db, context, request.body);
        return meView(db, context.actor);
      },
    );
    app.post(
      '/api/me/password',
      {
        config,
        preHandler: sessionOnly,
        schema: {
          summary: 'Changer mon mot de passe',
          description: 'Ferme les autres sessions et révoque tous les jetons d’API du compte.',
          tags,
          body: changePasswordBody,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await withRetryAfter(reply, () => changePassword(db, contextOf(request), request.body));
        return reply.code(204).send();
      },
    );
    app.get(
      '/api/me/tokens',
      { config, schema: { summary: "Mes jetons d'API", tags, response: { 200: tokenListSchema } } },
      async (request) => ({
        items: await listTokens(db, contextOf(request).actor.userId),
      }),
    );
    app.post(
      '/api/me/tokens',
      {
        config,
        preHandler: sessionOnly,
        schema: { summary: "Créer un jeton d'API", tags, body: createTokenBody, response: { 201: createdTokenSchema } },
      },
      async (request, reply) => {
        const context = contextOf(request);
        return reply
          .code(201)
          .send(await createApiToken(db, context, { userId: context.actor.userId, ...request.body }));
      },
    );
    app.delete(
      '/api/me/tokens/:id',
      { config, schema: { summary: "Révoquer un jeton d'API", tags, params: idParams, response: { 204: noContent } } },
      async (request, reply) => {
        const context = contextOf(request);
        if (!(await revokeToken(db, context.actor.userId, request.params.id))) throw notFound();
        await recordAudit(db, context, { action: 'revoke', entityType: 'api_token', entityId: request.params.id });
        return reply.code(204).send();
      },
    );
    app.get(
      '/api/me/sessions',
      { config, schema: { summary: 'Mes sessions', tags, response: { 200: sessionListSchema } } },
      async (request) => {
        const { actor } = contextOf(request);
        return { items: await listLiveSessions(db, actor.userId, actor.sessionId) };
      },
    );
    app.delete(
      '/api/me/sessions/:id',
      { config, schema: { summary: 'Fermer une session', tags, params: idParams, response: { 204: noContent } } },
      async (request, reply) => {
        const context = contextOf(request);
        if (!(await revokeSession(db, { id: request.params.id, userId: context.actor.userId }))) throw notFound();
        await recordAudit(db, context, { action: 'revoke', entityType: 'session', entityId: request.params.id });
        return reply.code(204).send();
      },
    );
  };
}

function notFound(): DomainError {
  return new DomainError('NOT_FOUND', 'Élément introuvable.');
}
