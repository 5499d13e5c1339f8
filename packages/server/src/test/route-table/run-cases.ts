import { derivedStatus, describeExpectation, matches, type Expectation } from './expectations.ts';
import type { RouteCase, Variant } from './route-case.ts';
import type { CaseActor, Method, World } from './world.ts';

export function expectationFor(routeCase: RouteCase, variant: Variant, actor: CaseActor): Expectation {
  let derived = derivedStatus(routeCase.rule, actor, variant.target, routeCase.success);
  if (derived === 404 && variant.outside !== undefined && actor.role !== null) derived = variant.outside;
  return variant.except?.(actor, derived) ?? derived;
}

/**
 * Runs every actor through every variant of one route, one after the other
 * (the variants share rows such as a fiche's version), and returns one line
 * per wrong answer.
 */
export async function runRoute(
  routeCase: RouteCase,
  w: World,
): Promise<{ checked: number; allowed: number; failures: string[] }> {
  const method = routeCase.route.split(' ')[0] as Method;
  const failures: string[] = [];
  let checked = 0;
  // Successes seen: a route whose every case is refused would prove nothing about its bodies.
  let allowed = 0;
  for (const variant of routeCase.variants) {
    for (const actor of w.actors) {
      const expected = expectationFor(routeCase, variant, actor);
      const { as, ...request } = await variant.build(w, actor);
      const response = await (as ?? actor).send({ method, ...request });
      checked += 1;
      if (response.statusCode === routeCase.success) allowed += 1;
      const hole = variant.hole === undefined ? '' : ` [hole ${variant.hole}]`;
      const where = `${routeCase.route} «${variant.name}» as ${actor.name}`;
      if (!matches(expected, response.statusCode)) {
        const problem = response.headers['content-type']?.toString().includes('problem+json')
          ? (response.json() as { code?: string }).code
          : undefined;
        const code = problem === undefined ? '' : ` ${problem}`;
        failures.push(`${where}: expected ${describeExpectation(expected)}, got ${response.statusCode}${code}${hole}`);
      } else if (response.statusCode === routeCase.success && variant.verify) {
        const problem = await variant.verify(response, w, actor);
        if (problem) failures.push(`${where}: ${problem}${hole}`);
      }
    }
  }
  return { checked, allowed, failures };
}
