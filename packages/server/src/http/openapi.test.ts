import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { connect } from '../db/database.ts';
import { operationIdOf, VERSIONED_OPERATIONS } from './openapi.ts';

interface Operation {
  operationId: string;
  security?: unknown[];
  parameters?: { in: string; name: string; required?: boolean }[];
  responses: Record<
    string,
    { content?: Record<string, { schema?: { $ref?: string } }>; headers?: Record<string, unknown> }
  >;
}

// The document is built from the routes alone: the pool never connects.
const database = connect('postgres://openapi@127.0.0.1:1/none', { max: 1 });
const app = await buildApp({ database });
await app.ready();
afterAll(async () => {
  await app.close();
  await database.close();
});
const document = app.swagger() as unknown as { servers?: unknown[]; paths: Record<string, Record<string, Operation>> };
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    key: `${method.toUpperCase()} ${path}`,
    method,
    path,
    operation,
  })),
);

describe('operationIdOf', () => {
  it('joins the method and the path words in camelCase, parameters as By<Name>', () => {
    expect(operationIdOf('GET', '/api/org-units/{id}/subtree')).toBe('getOrgUnitsByIdSubtree');
    expect(operationIdOf('delete', '/api/users/:id/grants/:grantId')).toBe('deleteUsersByIdGrantsByGrantId');
    expect(operationIdOf('post', '/api/auth/login')).toBe('postAuthLogin');
  });
});

describe('the OpenAPI document', () => {
  it('names a server and gives every operation a unique id', () => {
    expect(document.servers).toHaveLength(1);
    const ids = operations.map((o) => o.operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes every error answer with the problem+json schema', () => {
    for (const { key, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^[45]/.test(status) || key === 'GET /api/health') continue;
        expect(response.content?.['application/problem+json']?.schema?.$ref, `${key} ${status}`).toBe(
          '#/components/schemas/ProblemDetails',
        );
      }
    }
  });

  it('leaves the security requirement off public routes only', () => {
    const open = operations.filter((o) => o.operation.security?.length === 0).map((o) => o.key);
    expect(open.sort()).toEqual(['GET /api/health', 'POST /api/auth/login']);
  });

  it('declares 204 without a body where a route answers 204', () => {
    const noContent = operations.filter((o) => '204' in o.operation.responses);
    expect(noContent.map((o) => o.key).sort()).toEqual([
      'DELETE /api/establishments/{id}/target-overrides/{code}/{year}',
      'DELETE /api/me/sessions/{id}',
      'DELETE /api/me/tokens/{id}',
      'DELETE /api/org-units/{id}',
      'DELETE /api/users/{id}/grants/{grantId}',
      'POST /api/auth/logout',
      'POST /api/me/password',
    ]);
    for (const { operation } of noContent) {
      expect(operation.responses['204']!.content).toBeUndefined();
      expect(operation.responses['200']).toBeUndefined();
    }
  });

  it('declares If-Match, ETag and X-CSRF-Token where the API reads or sends them', () => {
    for (const { key, method, operation } of operations) {
      const header = (name: string) => operation.parameters?.find((p) => p.in === 'header' && p.name === name);
      const versioned = VERSIONED_OPERATIONS[key];
      expect(header('If-Match')?.required, key).toBe(
        versioned?.ifMatch === undefined ? undefined : versioned.ifMatch === 'required',
      );
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      for (const [, response] of success)
        expect('ETag' in (response.headers ?? {}), key).toBe(versioned?.etag === true);
      const csrf = method !== 'get' && operation.security?.length !== 0;
      expect(header('X-CSRF-Token') !== undefined, key).toBe(csrf);
    }
  });
});
