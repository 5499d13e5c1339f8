import type { FastifyInstance } from 'fastify';

const DOCS_PREFIX = '/api/docs';

/**
 * Every registered /api route as "METHOD /path", read from the router's own
 * listing. HEAD is left out: Fastify adds it beside each GET, with the GET's
 * rule. The interactive reference is left out: its plugin owns those routes.
 */
export function registeredApiRoutes(app: FastifyInstance): string[] {
  return parseRouteTree(app.printRoutes({ commonPrefix: false }))
    .filter((r) => r.path.startsWith('/api') && !r.path.startsWith(DOCS_PREFIX))
    .flatMap((r) => r.methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${r.path}`))
    .sort();
}

/** Reads find-my-way's tree ("│   ├── /segment (GET, POST)"): each level adds 4 characters and extends its parent's path. */
export function parseRouteTree(printed: string): { path: string; methods: string[] }[] {
  const stack: string[] = [];
  const routes: { path: string; methods: string[] }[] = [];
  for (const line of printed.split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = `${stack.join('')}${match[2]!}`;
    stack.push(match[2]!);
    if (match[3] && match[3] !== '-') routes.push({ path, methods: match[3].split(',').map((m) => m.trim()) });
  }
  return routes;
}
