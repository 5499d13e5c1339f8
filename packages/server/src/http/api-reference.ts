import scalar from '@scalar/fastify-api-reference';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const PREFIX = '/api/docs';

/**
 * What the reference shows. Nothing that calls Scalar's servers: no remote
 * font (the policy allows fonts from this server only), no telemetry, no AI
 * agent or MCP generator that would send the API description elsewhere.
 */
const CONFIGURATION = {
  url: '/api/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
};

const escapeAttribute = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The plugin's own page starts the reference with an inline script, which the
 * content security policy refuses. The bundle it serves also starts by itself
 * from a `#api-reference` element carrying its configuration, so this page
 * hands it the configuration in a data block (never executed) and loads only
 * the bundle from this server.
 */
const PAGE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Jalon API</title>
  </head>
  <body>
    <script id="api-reference" type="application/json" data-configuration="${escapeAttribute(JSON.stringify(CONFIGURATION))}"></script>
    <script src="${PREFIX}/js/scalar.js"></script>
  </body>
</html>
`;

/** Answers the page itself; the plugin's other routes (redirect, script) go on. */
function servePage(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (request.routeOptions.url !== `${PREFIX}/`) return done();
  void reply.type('text/html; charset=utf-8').send(PAGE);
}

/** The interactive reference at /api/docs, its script served by the plugin, its page by us. */
export async function registerApiReference(app: FastifyInstance): Promise<void> {
  await app.register(scalar, { routePrefix: PREFIX, configuration: CONFIGURATION, hooks: { preHandler: servePage } });
}
