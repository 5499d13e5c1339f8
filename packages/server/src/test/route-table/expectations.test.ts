import { describe, expect, it } from 'vitest';
import { AUTHENTICATED, needs, PUBLIC } from '../../http/access.ts';
import { ANY, at, derivedStatus, NOBODY } from './expectations.ts';
import { parseRouteTree } from './registered-routes.ts';

const director = { role: 'establishment-director', via: 'session', grantUnit: 'estA' } as const;
const poleManager = { role: 'pole-manager', via: 'session', grantUnit: 'poleA' } as const;
const admin = { role: 'platform-admin', via: 'session', grantUnit: 'regionA' } as const;
const anonymous = { role: null, via: 'anonymous', grantUnit: null } as const;

describe('derivedStatus', () => {
  it('lets anyone through a public route, and nobody signed out through another', () => {
    expect(derivedStatus(PUBLIC, anonymous, ANY, 200)).toBe(200);
    expect(derivedStatus(AUTHENTICATED, anonymous, ANY, 200)).toBe(401);
    expect(derivedStatus(needs('org.read'), anonymous, at('estA'), 200)).toBe(401);
  });

  it('refuses a missing permission with 403 before looking at scope', () => {
    expect(derivedStatus(needs('catalogue.write'), director, at('estB'), 200)).toBe(403);
  });

  it('answers 404 outside the subtree of the grant, platform admins excepted', () => {
    expect(derivedStatus(needs('org.write'), director, at('poleA'), 204)).toBe(204);
    expect(derivedStatus(needs('org.write'), poleManager, at('estA'), 204)).toBe(404);
    expect(derivedStatus(needs('org.write'), director, at('estB'), 204)).toBe(404);
    expect(derivedStatus(needs('org.write'), admin, at('estB'), 204)).toBe(204);
    expect(derivedStatus(needs('users.read'), director, NOBODY, 200)).toBe(404);
    expect(derivedStatus(needs('users.read'), admin, NOBODY, 200)).toBe(200);
  });

  it('keeps what belongs to its owner from everyone else, platform admins included', () => {
    expect(derivedStatus(AUTHENTICATED, admin, NOBODY, 204)).toBe(404);
    expect(derivedStatus(AUTHENTICATED, director, ANY, 204)).toBe(204);
  });
});

describe('parseRouteTree', () => {
  it('rebuilds full paths from the printed tree, with their methods', () => {
    const printed = [
      '├── /api/me (GET, HEAD, PATCH)',
      '│   ├── /tokens (GET, HEAD, POST)',
      '│   │   └── /:id (DELETE)',
      '│   └── /sessions (GET, HEAD)',
      '└── /api/docs (GET, HEAD)',
      '    └── / (GET, HEAD)',
      '        └── js/scalar.js (GET, HEAD)',
    ].join('\n');
    expect(parseRouteTree(printed)).toEqual([
      { path: '/api/me', methods: ['GET', 'HEAD', 'PATCH'] },
      { path: '/api/me/tokens', methods: ['GET', 'HEAD', 'POST'] },
      { path: '/api/me/tokens/:id', methods: ['DELETE'] },
      { path: '/api/me/sessions', methods: ['GET', 'HEAD'] },
      { path: '/api/docs', methods: ['GET', 'HEAD'] },
      { path: '/api/docs/', methods: ['GET', 'HEAD'] },
      { path: '/api/docs/js/scalar.js', methods: ['GET', 'HEAD'] },
    ]);
  });
});
