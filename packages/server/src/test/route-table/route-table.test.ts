import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test-app.ts';
import { accountCases } from './cases-account.ts';
import { catalogueCases } from './cases-catalogue.ts';
import { orgCases } from './cases-org.ts';
import { targetCases } from './cases-targets.ts';
import { userCases } from './cases-users.ts';
import { registeredApiRoutes } from './registered-routes.ts';
import { renderMatrix } from './route-matrix.ts';
import { runRoute } from './run-cases.ts';
import { buildWorld } from './world.ts';

/**
 * Every /api route × every role (session, some by token) × inside and
 * outside their scope, against the answer the route's rule calls for.
 * A route without its cases fails here: write them in cases-*.ts.
 */
const CASES = [...accountCases, ...orgCases, ...catalogueCases, ...targetCases, ...userCases];

const t = await createTestApp();
const world = await buildWorld(t);
let checked = 0;

afterAll(() => {
  console.log(
    `route table: ${checked} route × role cases checked (${CASES.length} routes, ${world.actors.length} callers)`,
  );
});

describe('the route table', () => {
  it('expects what the committed matrix shows', async () => {
    await expect(renderMatrix(CASES, world.actors)).toMatchFileSnapshot('./route-matrix.md');
  });

  it('has cases for every registered /api route, and none for a route that is gone', () => {
    const registered = registeredApiRoutes(t.app);
    const declared = CASES.map((c) => c.route);
    expect(declared.filter((r, i) => declared.indexOf(r) !== i)).toEqual([]);
    expect({
      withoutCases: registered.filter((r) => !declared.includes(r)),
      notRegistered: declared.filter((r) => !registered.includes(r)),
    }).toEqual({
      withoutCases: [],
      notRegistered: [],
    });
  });
});

// Routes run side by side; within a route the callers take turns.
describe.concurrent('each route answers each caller as its rule says', () => {
  for (const routeCase of CASES) {
    it(routeCase.route, async () => {
      const result = await runRoute(routeCase, world);
      checked += result.checked;
      expect(result.failures).toEqual([]);
      expect(result.allowed, 'no caller was let through: are the requests valid?').toBeGreaterThan(0);
    });
  }
});
