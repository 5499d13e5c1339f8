import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { needs } from '../../http/access.ts';
import { scopeRoots } from '../../http/actor.ts';
import { contextOf } from '../../http/context.ts';
import { requiredVersion, withEtag } from '../../http/versioning.ts';
import { noContent } from '../../http/openapi.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { createUser } from './create-user.ts';
import { grantRole, revokeGrant } from './grant-role.ts';
import { updateUser } from './update-user.ts';
import { idParams } from '@jalon/contract/common/id-params';
import { createGrantBody, grantParams } from '@jalon/contract/users/grant';
import { createUserBody, listUsersQuery, updateUserBody, userPageSchema, userViewSchema } from '@jalon/contract/users/user';
import { assertMayActOnUser, assertUserVisible, userVisibleSql } from '../../accounts/user-scope.ts';
import { grantsOf, loadUserView, toUserView } from '../../accounts/user-views.ts';

const tags = ['Utilisateurs'];
const params = idParams;
const read = { access: needs('users.read') };
const write = { access: needs('users.write') };
const page = userPageSchema;

export function userRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();

    app.get('/api/users', { config: read, schema: { summary: 'Lister les utilisateurs', tags, querystring: listUsersQuery, response: { 200: page } } }, async (request) => {
      const { q, page: p, pageSize } = request.query;
      const search = q ? sql`AND jalon_search_text(u.display_name || ' ' || u.email) LIKE jalon_search_text(${`%${q}%`})` : sql``;
      const found = await db.execute(sql`SELECT u.id, count(*) OVER ()::int AS total FROM app_user u
        WHERE ${userVisibleSql(contextOf(request).actor, 'users.read')} ${search}
        ORDER BY u.display_name, u.id LIMIT ${pageSize} OFFSET ${(p - 1) * pageSize}`);
      const ids = found.rows.map((r) => r.id as string);
      const users = ids.length ? await db.select().from(appUser).where(sql`${appUser.id} = ANY(${`{${ids.join(',')}}`}::uuid[])`) : [];
      const grants = await grantsOf(db, ids, scopeRoots(contextOf(request).actor, 'users.read'));
      const items = ids.map((id) => toUserView(users.find((u) => u.id === id)!, grants.get(id) ?? []));
      return { items, page: p, pageSize, total: (found.rows[0]?.total as number | undefined) ?? 0 };
    });

    app.get('/api/users/:id', { config: read, schema: { summary: 'Lire un utilisateur', tags, params, response: { 200: userViewSchema } } }, async (request, reply) => {
      await assertUserVisible(db, contextOf(request).actor, request.params.id, 'users.read');
      return withEtag(reply, (await loadUserView(db, request.params.id, scopeRoots(contextOf(request).actor, 'users.read')))!);
    });

    app.post('/api/users', { config: write, schema: { summary: 'Créer un utilisateur', tags, body: createUserBody, response: { 201: userViewSchema } } }, async (request, reply) => {
      const id = await createUser(db, contextOf(request), request.body);
      return reply.code(201).send(withEtag(reply, (await loadUserView(db, id, scopeRoots(contextOf(request).actor, 'users.read')))!));
    });

    app.patch('/api/users/:id', { config: write, schema: { summary: 'Modifier un utilisateur', tags, params, body: updateUserBody, response: { 200: userViewSchema } } }, async (request, reply) => {
      const context = contextOf(request);
      await assertMayActOnUser(db, context.actor, request.params.id);
      const view = await updateUser(db, context, { id: request.params.id, version: requiredVersion(request), changes: request.body });
      return withEtag(reply, view);
    });

    app.post('/api/users/:id/unlock', { config: write, schema: { summary: 'Déverrouiller un compte', tags, params, response: { 200: userViewSchema } } }, async (request, reply) => {
      const context = contextOf(request);
      await assertMayActOnUser(db, context.actor, request.params.id);
      return withEtag(reply, await updateUser(db, context, { id: request.params.id, version: undefined, changes: { unlock: true } }));
    });

    app.post('/api/users/:id/grants', { config: write, schema: { summary: 'Attribuer un rôle', tags, params, body: createGrantBody, response: { 201: userViewSchema } } }, async (request, reply) => {
      const context = contextOf(request);
      await grantRole(db, context, { userId: request.params.id, ...request.body });
      return reply.code(201).send((await loadUserView(db, request.params.id, scopeRoots(contextOf(request).actor, 'users.read')))!);
    });

    app.delete('/api/users/:id/grants/:grantId', { config: write, schema: { summary: 'Retirer un rôle', tags, params: grantParams, response: { 204: noContent } } }, async (request, reply) => {
      await revokeGrant(db, contextOf(request), { userId: request.params.id, grantId: request.params.grantId });
      return reply.code(204).send();
    });
  };
}
