import { eq } from 'drizzle-orm';
import { indicatorDefinition } from '../../db/schema/indicator.table.ts';
import { AUTHENTICATED, needs } from '../../http/access.ts';
import { ANY, at } from './expectations.ts';
import { definitionId, ifMatch, type RouteCase, type Variant } from './route-case.ts';
import type { World } from './world.ts';

/** Both catalogues, the region's own and another region's: a published annex any signed-in person reads. */
const bothCatalogues = (url: (slug: string) => string): Variant[] => [
  { name: 'of region A', target: ANY, build: (w) => ({ url: url(w.catalogue.A) }) },
  { name: 'of region B', target: ANY, build: (w) => ({ url: url(w.catalogue.B) }) },
];

/** The fiche as stored, sent back unchanged at its version: a real new version, valid by construction. */
async function ficheEdit(w: World, slug: string, code: string) {
  const [row] = await w.t.db
    .select({ version: indicatorDefinition.version, definition: indicatorDefinition.definition })
    .from(indicatorDefinition)
    .where(eq(indicatorDefinition.id, await definitionId(w, slug, code)));
  return {
    url: `/api/indicators/${code}?catalogue=${slug}`,
    body: { definition: row!.definition, note: 'Relecture' },
    headers: ifMatch(row!.version),
  };
}

// Attaching a catalogue to a region is a platform decision, whatever catalogue.write an ARS holds.
const platformOnly = (actor: { role: string | null }, derived: number) =>
  derived === 200 && actor.role !== 'platform-admin' ? 403 : undefined;

export const catalogueCases: readonly RouteCase[] = [
  {
    route: 'GET /api/catalogues',
    rule: AUTHENTICATED,
    success: 200,
    variants: [{ name: 'all', target: ANY, build: () => ({ url: '/api/catalogues' }) }],
  },
  {
    route: 'GET /api/catalogues/:slug',
    rule: AUTHENTICATED,
    success: 200,
    variants: bothCatalogues((slug) => `/api/catalogues/${slug}`),
  },
  {
    route: 'PATCH /api/catalogues/:slug',
    rule: needs('catalogue.write'),
    success: 200,
    variants: [
      {
        name: 'of region A',
        target: ANY,
        build: (w) => ({ url: `/api/catalogues/${w.catalogue.A}`, body: { regionId: w.units.regionA } }),
        except: platformOnly,
      },
      {
        name: 'of region B',
        target: ANY,
        build: (w) => ({ url: `/api/catalogues/${w.catalogue.B}`, body: { regionId: w.units.regionB } }),
        except: platformOnly,
      },
    ],
  },
  {
    route: 'GET /api/indicators',
    rule: AUTHENTICATED,
    success: 200,
    variants: bothCatalogues((slug) => `/api/indicators?catalogue=${slug}`),
  },
  {
    route: 'GET /api/indicators/:code',
    rule: AUTHENTICATED,
    success: 200,
    variants: bothCatalogues((slug) => `/api/indicators/CPOM_OS_1?catalogue=${slug}`),
  },
  {
    route: 'PUT /api/indicators/:code',
    rule: needs('catalogue.write'),
    success: 200,
    variants: [
      { name: 'of region A', target: at('regionA'), build: (w) => ficheEdit(w, w.catalogue.A, 'CPOM_OS_2') },
      // Another ARS's fiches are visible to all, so editing them is forbidden rather than not found.
      {
        name: 'of region B',
        target: at('regionB'),
        outside: 403,
        build: (w) => ficheEdit(w, w.catalogue.B, 'CPOM_OS_2'),
      },
    ],
  },
  {
    route: 'GET /api/indicators/:code/versions',
    rule: AUTHENTICATED,
    success: 200,
    variants: bothCatalogues((slug) => `/api/indicators/CPOM_OS_1/versions?catalogue=${slug}`),
  },
  {
    route: 'GET /api/indicators/:code/versions/:version',
    rule: AUTHENTICATED,
    success: 200,
    variants: bothCatalogues((slug) => `/api/indicators/CPOM_OS_1/versions/1?catalogue=${slug}`),
  },
];
