import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { FuzzOperation, FuzzRequest } from './api-fuzz-requests.ts';
import { FuzzRun } from './api-fuzz-runner.ts';
import { createTestDatabase } from './test-database.ts';

// A tiny API with the faults the runner must catch: a refusal that writes, a 500, an undeclared status.
const database = await createTestDatabase();
const app = Fastify();
app.post('/leaky', async (_request, reply) => {
  await database.db.execute(sql`INSERT INTO org_unit (kind, name) VALUES ('region', 'written by a refused request')`);
  return reply.code(400).send({});
});
app.post('/clean', async (_request, reply) => reply.code(400).send({}));
app.get('/boom', async () => {
  throw new Error('boom');
});
app.get('/teapot', async (_request, reply) => reply.code(418).send({}));
app.post('/accepted', async () => ({}));
afterAll(async () => {
  await app.close();
  await database.close();
});

const operation = (method: string, path: string, statuses = ['200', '400']): FuzzOperation => ({
  key: `${method.toUpperCase()} ${path}`,
  method,
  path,
  isPublic: true,
  parameters: [],
  body: undefined,
  ifMatch: undefined,
  statuses,
});
const request = (op: FuzzOperation, certainRefusal: boolean): FuzzRequest => ({
  operation: op,
  caller: 'anonymous',
  method: op.method.toUpperCase(),
  url: op.path,
  headers: {},
  csrf: undefined,
  payload: undefined,
  certainRefusal,
});
const start = () =>
  FuzzRun.start({
    app,
    pool: database.pool,
    callers: [{ name: 'anonymous', kind: 'anonymous' }],
    reopen: async (c) => c,
  });

describe('FuzzRun', () => {
  it('finds a refused request that wrote, checked on its own', async () => {
    const run = await start();
    await run.run(request(operation('post', '/clean'), false));
    await run.run(request(operation('post', '/leaky'), false));
    expect(run.failures).toEqual([
      expect.stringMatching(/^refused request changed the database: anonymous POST \/leaky/),
    ]);
  });

  it('finds it inside a batch of certain refusals, by replaying the batch one by one', async () => {
    const run = await start();
    for (let i = 0; i < 5; i += 1) await run.run(request(operation('post', '/clean'), true));
    await run.run(request(operation('post', '/leaky'), true));
    await run.settle();
    expect(run.checksums).toBeLessThan(20);
    expect(run.failures).toEqual([
      expect.stringMatching(/^refused request changed the database: anonymous POST \/leaky/),
    ]);
  });

  it('reports 5xx answers, statuses the document does not declare, and certain refusals that succeed', async () => {
    const run = await start();
    await run.run(request(operation('get', '/boom', ['200', '4XX', '5XX']), false));
    await run.run(request(operation('get', '/teapot', ['200', '400']), false));
    await run.run(request(operation('post', '/accepted'), true));
    await run.settle();
    expect(run.failures).toEqual([
      expect.stringMatching(/^5xx: anonymous GET \/boom .*→ 500$/),
      expect.stringMatching(/^undeclared status: anonymous GET \/teapot .*→ 418$/),
      expect.stringMatching(/^expected a refusal: anonymous POST \/accepted .*→ 200$/),
    ]);
    expect([...run.byStatus]).toEqual([
      [500, 1],
      [418, 1],
      [200, 1],
    ]);
  });
});
