import { eq } from 'drizzle-orm';
import { ghtAssociation } from '../../db/schema/establishment.table.ts';
import { needs } from '../../http/access.ts';
import { createOrgUnitFixture } from '../factories.ts';
import { ANY, at } from './expectations.ts';
import { ifMatch, onlyAdminsPass, regionBLeak, unique, unitVersion, type RouteCase } from './route-case.ts';
import type { UnitKey, World } from './world.ts';

const read = needs('org.read');
const write = needs('org.write');

/** A leaf unit made for one case, under a pôle: writes to it disturb no other case. */
async function freshLeaf(w: World, pole: UnitKey): Promise<string> {
  return (await createOrgUnitFixture(w.t.db, { kind: 'unit', parentId: w.units[pole], name: unique('Unité') })).id;
}

/**
 * An association a platform admin made in an earlier case is kept for whoever
 * edits next (one keeps what one cannot see): start each case without it.
 */
async function withoutAssociations(w: World, unit: UnitKey): Promise<void> {
  await w.t.db.delete(ghtAssociation).where(eq(ghtAssociation.establishmentId, w.units[unit]));
}

const establishment = (associatedGhtIds: string[]) => ({
  category: 'ch',
  legalStatus: 'public',
  department: '31',
  authorisations: ['emergency'],
  associatedGhtIds,
  capacities: [2024, 2025, 2026, 2027, 2028, 2029].map((year) => ({ year, beds: 300, places: 20 })),
});

const listed = (body: string, w: World, actor: Parameters<typeof regionBLeak>[2]) =>
  regionBLeak((JSON.parse(body) as { items: { id: string }[] }).items, w, actor);

export const orgCases: readonly RouteCase[] = [
  {
    route: 'GET /api/org-units',
    rule: read,
    success: 200,
    variants: [
      {
        name: 'all',
        target: ANY,
        build: () => ({ url: '/api/org-units?pageSize=200' }),
        verify: (r, w, a) => listed(r.body, w, a),
      },
      {
        name: 'under a unit of region B',
        target: ANY,
        build: (w) => ({ url: `/api/org-units?parent=${w.units.ghtB}` }),
        verify: (r, w, a) => listed(r.body, w, a),
      },
      {
        name: 'searched by name',
        target: ANY,
        build: () => ({ url: `/api/org-units?q=${encodeURIComponent('CH B')}` }),
        verify: (r, w, a) => listed(r.body, w, a),
      },
    ],
  },
  {
    route: 'GET /api/org-units/:id',
    rule: read,
    success: 200,
    variants: [
      { name: 'inside', target: at('poleA'), build: (w) => ({ url: `/api/org-units/${w.units.poleA}` }) },
      { name: 'outside', target: at('estB'), build: (w) => ({ url: `/api/org-units/${w.units.estB}` }) },
    ],
  },
  {
    route: 'GET /api/org-units/:id/subtree',
    rule: read,
    success: 200,
    variants: [
      { name: 'inside', target: at('poleA'), build: (w) => ({ url: `/api/org-units/${w.units.poleA}/subtree` }) },
      { name: 'outside', target: at('estB'), build: (w) => ({ url: `/api/org-units/${w.units.estB}/subtree` }) },
    ],
  },
  {
    route: 'POST /api/org-units',
    rule: write,
    success: 201,
    variants: [
      {
        name: 'inside',
        target: at('poleA'),
        build: (w) => ({
          url: '/api/org-units',
          body: { kind: 'unit', parentId: w.units.poleA, name: unique('Unité') },
        }),
      },
      // An out-of-scope parent is a field error, as an unknown one is.
      {
        name: 'outside',
        target: at('poleB'),
        outside: 400,
        build: (w) => ({
          url: '/api/org-units',
          body: { kind: 'unit', parentId: w.units.poleB, name: unique('Unité') },
        }),
      },
      {
        name: 'associated with a GHT of region B',
        target: at('ghtA'),
        outside: 400,
        hole: 4,
        build: (w) => ({
          url: '/api/org-units',
          body: {
            kind: 'establishment',
            parentId: w.units.ghtA,
            name: unique('CH'),
            establishment: establishment([w.units.ghtB]),
          },
        }),
        except: (a, d) => onlyAdminsPass(a, d, 201),
      },
    ],
  },
  {
    route: 'PATCH /api/org-units/:id',
    rule: write,
    success: 200,
    variants: [
      {
        name: 'inside',
        target: at('poleA'),
        build: async (w) => ({
          url: `/api/org-units/${w.units.poleA}`,
          body: { name: 'Pôle A' },
          headers: ifMatch(await unitVersion(w, 'poleA')),
        }),
      },
      {
        name: 'outside',
        target: at('poleB'),
        build: async (w) => ({
          url: `/api/org-units/${w.units.poleB}`,
          body: { name: 'Pôle B' },
          headers: ifMatch(await unitVersion(w, 'poleB')),
        }),
      },
      {
        name: 'associated with a GHT of region B',
        target: at('estA'),
        hole: 4,
        build: async (w) => {
          await withoutAssociations(w, 'estA');
          return {
            url: `/api/org-units/${w.units.estA}`,
            body: { establishment: establishment([w.units.ghtB]) },
            headers: ifMatch(await unitVersion(w, 'estA')),
          };
        },
        except: (a, d) => onlyAdminsPass(a, d, 200),
      },
    ],
  },
  {
    route: 'POST /api/org-units/:id/move',
    rule: write,
    success: 200,
    variants: [
      {
        name: 'inside',
        target: at('poleA'),
        build: async (w) => ({
          url: `/api/org-units/${await freshLeaf(w, 'poleA')}/move`,
          body: { parentId: w.units.poleA },
          headers: ifMatch(1),
        }),
      },
      {
        name: 'outside',
        target: at('poleB'),
        build: async (w) => ({
          url: `/api/org-units/${await freshLeaf(w, 'poleB')}/move`,
          body: { parentId: w.units.poleB },
          headers: ifMatch(1),
        }),
      },
      {
        name: 'into region B',
        target: at('poleA'),
        build: async (w) => ({
          url: `/api/org-units/${await freshLeaf(w, 'poleA')}/move`,
          body: { parentId: w.units.poleB },
          headers: ifMatch(1),
        }),
        except: (a, d) => (d === 200 && a.role !== 'platform-admin' ? 400 : undefined),
      },
    ],
  },
  {
    route: 'DELETE /api/org-units/:id',
    rule: write,
    success: 204,
    variants: [
      {
        name: 'inside',
        target: at('poleA'),
        build: async (w) => ({ url: `/api/org-units/${await freshLeaf(w, 'poleA')}`, headers: ifMatch(1) }),
      },
      {
        name: 'outside',
        target: at('poleB'),
        build: async (w) => ({ url: `/api/org-units/${await freshLeaf(w, 'poleB')}`, headers: ifMatch(1) }),
      },
    ],
  },
];
