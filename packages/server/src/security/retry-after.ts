import type { FastifyReply } from 'fastify';
import { isDomainError } from '@jalon/domain/errors';

/**
 * Runs a use case and, when it answers with a delay (`retryAfter` in seconds),
 * also says so in the Retry-After header that clients and proxies read.
 */
export async function withRetryAfter<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const retryAfter = isDomainError(error) ? error.details?.retryAfter : undefined;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    throw error;
  }
}
