import type { FastifyRequest } from 'fastify';
import { requireActor } from './access.ts';
import type { PersonActor, UseCaseContext } from '../access/actor.ts';

/**
 * The one adapter from a request to a use case's context: the person behind
 * the session or token, and the request id that ties logs and audit together.
 */
export function contextOf(request: FastifyRequest): UseCaseContext<PersonActor> {
  return { actor: requireActor(request), requestId: request.id };
}
