import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '@jalon/domain/errors';
import type { FieldError } from './problem.ts';

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * PostgreSQL stores and returns UUIDs in lower case, and code compares them as
 * strings (scope checks, view lookups, audit keys). An id written in upper case
 * in a path or a query is the same id: it is lower-cased before validation, so
 * every route sees the stored form. Bodies are left alone: their strings may be
 * passwords or names, which must reach the service as typed.
 */
export function canonicalId(value: string): string {
  return UUID_SHAPE.test(value) ? value.toLowerCase() : value;
}

const NUL = '\u0000';
/** Enough to show the client what to fix, however many fields a crafted body holds. */
const MAX_FIELD_ERRORS = 100;

/**
 * Where a NUL character hides in parsed input, as field paths (`query.q`, `name`,
 * `items.0.label`), keys included. Walked with a stack of its own: a deeply
 * nested body must not exhaust the call stack.
 */
export function nulPaths(input: unknown, root: string[] = []): string[] {
  // Each entry points to its parent, so a deep body costs one small object per level, not a copied path.
  type Entry = { value: unknown; key: string | undefined; parent: Entry | undefined };
  const pathOf = (entry: Entry | undefined, last?: string): string => {
    const keys = last === undefined ? [] : [last];
    for (let at = entry; at; at = at.parent) if (at.key !== undefined) keys.push(at.key);
    return [...root, ...keys.reverse()].join('.');
  };
  const found: string[] = [];
  const pending: Entry[] = [{ value: input, key: undefined, parent: undefined }];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const { value } = entry;
    if (typeof value === 'string') {
      if (value.includes(NUL)) found.push(pathOf(entry));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (key.includes(NUL)) found.push(pathOf(entry, key));
        else pending.push({ value: item, key, parent: entry });
      }
    }
  }
  return found.sort();
}

function canonicalIds(values: unknown): void {
  if (values === null || typeof values !== 'object') return;
  const record = values as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') record[key] = canonicalId(value);
    else if (Array.isArray(value))
      record[key] = value.map((item: unknown) => (typeof item === 'string' ? canonicalId(item) : item));
  }
}

/**
 * PostgreSQL text cannot hold a NUL character: left through, it fails the
 * statement and the client sees a 500. Refused here for every route, naming
 * the field, like any other invalid value.
 */
function refuseNul(request: FastifyRequest): void {
  const errors: FieldError[] = [
    ...nulPaths(request.params, ['params']),
    ...nulPaths(request.query, ['query']),
    ...nulPaths(request.body),
  ]
    .slice(0, MAX_FIELD_ERRORS)
    .map((path) => ({ path, code: 'NUL_CHARACTER', message: 'Le caractère nul (U+0000) n’est pas accepté.' }));
  if (errors.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Certains champs sont invalides.', { details: { fieldErrors: errors } });
  }
}

/** Registered before the routes, so that every route, present and future, gets clean input. */
export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    refuseNul(request);
    canonicalIds(request.params);
    canonicalIds(request.query);
  });
}
