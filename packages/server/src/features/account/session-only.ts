import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../../http/problem.ts';

/**
 * A route only a signed-in person may use, never an API token: a leaked token
 * must not mint tokens that outlive its revocation, nor change the password
 * that would lock its owner out.
 */
export async function sessionOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.actor?.via === 'token') {
    await sendProblem(reply, {
      status: 403,
      code: 'SESSION_REQUIRED',
      detail: 'Cette action demande une connexion par le navigateur ; un jeton d’API ne peut pas la faire.',
    });
  }
}
