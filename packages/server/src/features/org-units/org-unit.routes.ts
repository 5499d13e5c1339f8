import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { needs } from '../../http/access.ts';
import { scopeRoots } from '../../access/actor.ts';
import { contextOf } from '../../http/context.ts';
import { requiredVersion, withEtag } from '../../http/versioning.ts';
import { noContent } from '../../http/openapi.ts';
import { createOrgUnit } from './create-org-unit.ts';
import { deleteOrgUnit } from './delete-org-unit.ts';
import { orgUnitNotFound } from './locked-unit.ts';
import { moveOrgUnit } from './move-org-unit.ts';
import { unitInScope } from '../../access/scope.ts';
import { listOrgUnitIds, loadOrgUnitViews, subtree } from './org-unit-repository.ts';
import {
  createOrgUnitBody,
  listOrgUnitsQuery,
  moveOrgUnitBody,
  orgUnitViewSchema,
  subtreeSchema,
  updateOrgUnitBody,
} from '@jalon/contract/org-units/org-unit';
import { updateOrgUnit } from './update-org-unit.ts';
import { idParams } from '@jalon/contract/common/id-params';
import { pageOf } from '@jalon/contract/common/page';

const tags = ['Organisations'];
const params = idParams;
const read = { access: needs('org.read') };
const write = { access: needs('org.write') };

export function orgUnitRoutes(db: Db) {
  return async function register(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/org-units',
      {
        config: read,
        schema: {
          summary: 'Lister les entités',
          tags,
          querystring: listOrgUnitsQuery,
          response: { 200: pageOf(orgUnitViewSchema) },
        },
      },
      async (request) => {
        const { query } = request;
        const { ids, total } = await listOrgUnitIds(db, query, scopeRoots(contextOf(request).actor, 'org.read'));
        return { items: await loadOrgUnitViews(db, ids), page: query.page, pageSize: query.pageSize, total };
      },
    );

    app.get(
      '/api/org-units/:id',
      { config: read, schema: { summary: 'Lire une entité', tags, params, response: { 200: orgUnitViewSchema } } },
      async (request, reply) => {
        const { id } = request.params;
        if (!(await unitInScope(db, contextOf(request).actor, id, 'org.read'))) throw orgUnitNotFound();
        const [view] = await loadOrgUnitViews(db, [id]);
        return withEtag(reply, view!);
      },
    );

    app.get(
      '/api/org-units/:id/subtree',
      { config: read, schema: { summary: "Sous-arbre d'une entité", tags, params, response: { 200: subtreeSchema } } },
      async (request) => {
        const { id } = request.params;
        if (!(await unitInScope(db, contextOf(request).actor, id, 'org.read'))) throw orgUnitNotFound();
        return { items: await subtree(db, id) };
      },
    );

    app.post(
      '/api/org-units',
      {
        config: write,
        schema: { summary: 'Créer une entité', tags, body: createOrgUnitBody, response: { 201: orgUnitViewSchema } },
      },
      async (request, reply) => {
        const view = await createOrgUnit(db, contextOf(request), request.body);
        return reply.code(201).send(withEtag(reply, view));
      },
    );

    app.patch(
      '/api/org-units/:id',
      {
        config: write,
        schema: {
          summary: 'Modifier une entité',
          tags,
          params,
          body: updateOrgUnitBody,
          response: { 200: orgUnitViewSchema },
        },
      },
      async (request, reply) => {
        const view = await updateOrgUnit(db, contextOf(request), {
          id: request.params.id,
          version: requiredVersion(request),
          changes: request.body,
        });
        return withEtag(reply, view);
      },
    );

    app.post(
      '/api/org-units/:id/move',
      {
        config: write,
        schema: {
          summary: 'Déplacer une entité',
          tags,
          params,
          body: moveOrgUnitBody,
          response: { 200: orgUnitViewSchema },
        },
      },
      async (request, reply) => {
        const view = await moveOrgUnit(db, contextOf(request), {
          id: request.params.id,
          version: requiredVersion(request),
          parentId: request.body.parentId,
        });
        return withEtag(reply, view);
      },
    );

    app.delete(
      '/api/org-units/:id',
      { config: write, schema: { summary: 'Supprimer une entité', tags, params, response: { 204: noContent } } },
      async (request, reply) => {
        await deleteOrgUnit(db, contextOf(request), { id: request.params.id, version: requiredVersion(request) });
        return reply.code(204).send();
      },
    );
  };
}
