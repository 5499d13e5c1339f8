import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@jalon/domain/errors';

/** The version a client last saw, from `If-Match: "<version>"`. */
export function requiredVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined) {
    throw new DomainError('PRECONDITION_REQUIRED', "L'en-tête If-Match (version lue) est obligatoire pour modifier.");
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(String(header).trim());
  if (!match) throw new DomainError('PRECONDITION_REQUIRED', `En-tête If-Match illisible : ${String(header)}`);
  return Number(match[1]);
}

export function withEtag<T extends { version: number }>(reply: FastifyReply, resource: T): T {
  void reply.header('etag', `"${resource.version}"`);
  return resource;
}
