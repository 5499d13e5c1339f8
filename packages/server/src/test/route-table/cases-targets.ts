import { and, eq, isNull } from 'drizzle-orm';
import { cpomTargetOverride, indicatorValue } from '../../db/schema/indicator.table.ts';
import { needs } from '../../http/access.ts';
import { at } from './expectations.ts';
import { definitionId, ifMatch, type Built, type RouteCase, type Variant } from './route-case.ts';
import type { World } from './world.ts';

const read = needs('org.read');
const VALUE_YEAR = 2026;
const NEGOTIATED_YEAR = 2026;
const WITHDRAWN_YEAR = 2027;

/** Inside (region A's CH) and outside (region B's CH), for one establishment route. */
const insideOutside = (build: (w: World, side: 'A' | 'B') => Promise<Built> | Built): Variant[] => [
  { name: 'inside', target: at('estA'), build: (w) => build(w, 'A') },
  { name: 'outside', target: at('estB'), build: (w) => build(w, 'B') },
];

/**
 * A write on region A's CH naming region B's catalogue: that catalogue does
 * not cover the establishment, so there is nothing to write to, for anyone.
 */
const foreignCatalogue = (success: number, build: (w: World) => Promise<Built>): Variant => ({
  name: "on region A's CH with region B's catalogue",
  target: at('estA'),
  hole: 3,
  build,
  except: (_actor, derived) => (derived === success ? 404 : undefined),
});

async function valueWrite(w: World, side: 'A' | 'B', slug = w.catalogue[side]): Promise<Built> {
  const est = w.units[`est${side}`];
  const [row] = await w.t.db
    .select({ version: indicatorValue.version })
    .from(indicatorValue)
    .where(
      and(
        eq(indicatorValue.orgUnitId, est),
        eq(indicatorValue.definitionId, await definitionId(w, slug, 'CPOM_OS_1')),
        eq(indicatorValue.year, VALUE_YEAR),
      ),
    );
  return {
    url: `/api/establishments/${est}/indicator-values/CPOM_OS_1/${VALUE_YEAR}?catalogue=${slug}`,
    body: { value: 12 },
    ...(row ? { headers: ifMatch(row.version) } : {}),
  };
}

async function overrideVersion(w: World, est: string, definition: string, year: number): Promise<number | undefined> {
  const [row] = await w.t.db
    .select({ version: cpomTargetOverride.version })
    .from(cpomTargetOverride)
    .where(
      and(
        eq(cpomTargetOverride.orgUnitId, est),
        eq(cpomTargetOverride.definitionId, definition),
        eq(cpomTargetOverride.year, year),
        isNull(cpomTargetOverride.component),
      ),
    );
  return row?.version;
}

async function negotiation(w: World, side: 'A' | 'B', slug = w.catalogue[side]): Promise<Built> {
  const est = w.units[`est${side}`];
  const version = await overrideVersion(w, est, await definitionId(w, slug, 'CPOM_OS_1'), NEGOTIATED_YEAR);
  return {
    url: `/api/establishments/${est}/target-overrides/CPOM_OS_1/${NEGOTIATED_YEAR}?catalogue=${slug}`,
    body: { component: null, rule: { shape: 'threshold', comparator: '>=', value: 12 }, reason: 'Avenant n° 1' },
    ...(version === undefined ? {} : { headers: ifMatch(version) }),
  };
}

/** A negotiated target to withdraw, recorded first when the last case took it away. */
async function withdrawal(w: World, side: 'A' | 'B', slug = w.catalogue[side]): Promise<Built> {
  const est = w.units[`est${side}`];
  const definition = await definitionId(w, slug, 'CPOM_OS_1');
  await w.t.db
    .insert(cpomTargetOverride)
    .values({
      orgUnitId: est,
      definitionId: definition,
      year: WITHDRAWN_YEAR,
      component: null,
      rule: { shape: 'threshold', comparator: '>=', value: 10 },
      reason: 'À retirer',
    })
    .onConflictDoNothing();
  const version = (await overrideVersion(w, est, definition, WITHDRAWN_YEAR))!;
  return {
    url: `/api/establishments/${est}/target-overrides/CPOM_OS_1/${WITHDRAWN_YEAR}?catalogue=${slug}`,
    headers: ifMatch(version),
  };
}

export const targetCases: readonly RouteCase[] = [
  {
    route: 'GET /api/establishments/:id/targets',
    rule: read,
    success: 200,
    variants: insideOutside((w, side) => ({ url: `/api/establishments/${w.units[`est${side}`]}/targets?year=2026` })),
  },
  {
    route: 'GET /api/establishments/:id/indicator-values',
    rule: read,
    success: 200,
    variants: insideOutside((w, side) => ({ url: `/api/establishments/${w.units[`est${side}`]}/indicator-values` })),
  },
  {
    route: 'GET /api/establishments/:id/target-overrides',
    rule: read,
    success: 200,
    variants: insideOutside((w, side) => ({ url: `/api/establishments/${w.units[`est${side}`]}/target-overrides` })),
  },
  {
    route: 'PUT /api/establishments/:id/indicator-values/:code/:year',
    rule: needs('values.write'),
    success: 200,
    variants: [...insideOutside(valueWrite), foreignCatalogue(200, (w) => valueWrite(w, 'A', w.catalogue.B))],
  },
  // Negotiated targets are the ARS's: catalogue.write on the establishment's region.
  {
    route: 'PUT /api/establishments/:id/target-overrides/:code/:year',
    rule: needs('catalogue.write'),
    success: 200,
    variants: [...insideOutside(negotiation), foreignCatalogue(200, (w) => negotiation(w, 'A', w.catalogue.B))],
  },
  {
    route: 'DELETE /api/establishments/:id/target-overrides/:code/:year',
    rule: needs('catalogue.write'),
    success: 204,
    variants: [...insideOutside(withdrawal), foreignCatalogue(204, (w) => withdrawal(w, 'A', w.catalogue.B))],
  },
];
