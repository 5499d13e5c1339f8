import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { needs } from '../../http/access.ts';
import { scopeRoots } from '../../access/actor.ts';
import { contextOf } from '../../http/context.ts';
import { requiredVersion, withEtag } from '../../http/versioning.ts';
import { noContent } from '../../http/openapi.ts';
import { createUser } from './create-user.ts';
import { grantRole, revokeGrant } from './grant-role.ts';
import { updateUser } from './update-user.ts';
import { idParams } from '@jalon/contract/common/id-params';
import { createGrantBody, grantParams } from '@jalon/contract/users/grant';
import {
  createUserBody,
  listUsersQuery,
  updateUserBody,
  userPageSchema,
  userViewSchema,
} from '@jalon/contract/users/user';
import { assertUserVisible } from '../../access/scope.ts';
import { loadUserView } from '../../accounts/user-views.ts';
import { listVisibleUsers } from './user-repository.ts';

const tags = ['Utilisateurs'];
const params = idParams;
const read = { access: needs('users.read') };
const write = { access: needs('users.write') };
const page = userPageSchema;

export function userRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/users',
      {
        config: read,
        schema: { summary: 'Lister les utilisateurs', tags, querystring: listUsersQuery, response: { 200: page } },
      },
      async (request) => {
        const { q, page: p, pageSize } = request.query;
        const { items, total } = await listVisibleUsers(db, contextOf(request).actor, { q, page: p, pageSize });
        return { items, page: p, pageSize, total };
      },
    );

    app.get(
      '/api/users/:id',
      { config: read, schema: { summary: 'Lire un utilisateur', tags, params, response: { 200: userViewSchema } } },
      async (request, reply) => {
        await assertUserVisible(db, contextOf(request).actor, request.params.id, 'users.read');
        return withEtag(
          reply,
          (await loadUserView(db, request.params.id, scopeRoots(contextOf(request).actor, 'users.read')))!,
        );
      },
    );

    app.post(
      '/api/users',
      {
        config: write,
        schema: { summary: 'Créer un utilisateur', tags, body: createUserBody, response: { 201: userViewSchema } },
      },
      async (request, reply) => {
        const id = await createUser(db, contextOf(request), request.body);
        return reply
          .code(201)
          .send(withEtag(reply, (await loadUserView(db, id, scopeRoots(contextOf(request).actor, 'users.read')))!));
      },
    );

    app.patch(
      '/api/users/:id',
      {
        config: write,
        schema: {
          summary: 'Modifier un utilisateur',
          tags,
          params,
          body: updateUserBody,
          response: { 200: userViewSchema },
        },
      },
      async (request, reply) => {
        const view = await updateUser(db, contextOf(request), {
          id: request.params.id,
          version: requiredVersion(request),
          changes: request.body,
        });
        return withEtag(reply, view);
      },
    );

    app.post(
      '/api/users/:id/unlock',
      {
        config: write,
        schema: { summary: 'Déverrouiller un compte', tags, params, response: { 200: userViewSchema } },
      },
      async (request, reply) => {
        return withEtag(
          reply,
          await updateUser(db, contextOf(request), {
            id: request.params.id,
            version: undefined,
            changes: { unlock: true },
          }),
        );
      },
    );

    app.post(
      '/api/users/:id/grants',
      {
        config: write,
        schema: {
          summary: 'Attribuer un rôle',
          tags,
          params,
          body: createGrantBody,
          response: { 201: userViewSchema },
        },
      },
      async (request, reply) => {
        const context = contextOf(request);
        await grantRole(db, context, { userId: request.params.id, ...request.body });
        return reply
          .code(201)
          .send((await loadUserView(db, request.params.id, scopeRoots(contextOf(request).actor, 'users.read')))!);
      },
    );

    app.delete(
      '/api/users/:id/grants/:grantId',
      {
        config: write,
        schema: { summary: 'Retirer un rôle', tags, params: grantParams, response: { 204: noContent } },
      },
      async (request, reply) => {
        await revokeGrant(db, contextOf(request), { userId: request.params.id, grantId: request.params.grantId });
        return reply.code(204).send();
      },
    );
  };
}
