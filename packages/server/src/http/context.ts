import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/audit-recorder.ts';
import { requireActor } from './access.ts';
import type { Actor } from './actor.ts';

/** What a service needs of the request: who acts, and the id that ties logs and audit together. */
export interface RequestContext extends AuditContext {
  actor: Actor;
}

export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: requireActor(request), requestId: request.id };
}
