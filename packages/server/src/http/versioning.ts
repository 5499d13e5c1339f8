import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '@jalon/domain/errors';

/** Versions are PostgreSQL `integer`s: a larger number in a path could only fail in the database. */
const INT32_MAX = 2_147_483_647;

/** A version number in a path (`…/versions/:version`), within what the column holds. */
export const versionParam = z.coerce.number().int().min(1).max(INT32_MAX);

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
