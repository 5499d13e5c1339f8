import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

const API_REFERENCE_PREFIX = '/api/docs';

/**
 * The policy for every page Jalon serves, the web app and the API reference
 * alike: scripts and fonts only from this server, never inline; styles may be
 * inline because Mantine and the reference inject their style sheets at run
 * time (a style cannot run code); no framing by another site.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  fontSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const ONE_YEAR = 365 * 24 * 60 * 60;

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Set below, and only over HTTPS: over plain HTTP (a local install) it would be meaningless.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    // `protocol` reads X-Forwarded-Proto only when the proxy is trusted (trustProxy).
    if (request.protocol === 'https') {
      void reply.header('strict-transport-security', `max-age=${ONE_YEAR}; includeSubDomains`);
    }
    // API answers hold people's data and session tokens: no browser or proxy may keep them.
    // The reference's page and script are static and may be cached.
    const url = request.url;
    if (url.startsWith('/api') && !url.startsWith(API_REFERENCE_PREFIX) && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
  });
}
