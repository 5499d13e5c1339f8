import type { LightMyRequestResponse } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Role } from '@jalon/domain/access/roles';
import type { AccessRule } from '../../http/access.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { indicatorCatalogue, indicatorDefinition } from '../../db/schema/indicator.table.ts';
import { orgUnit } from '../../db/schema/org-unit.table.ts';
import { createAccountFixture } from '../factories.ts';
import type { Expectation, Target } from './expectations.ts';
import type { CaseActor, UnitKey, World } from './world.ts';

/** What a case sends; `as` replaces the actor's credentials (a twin, a second session). */
export interface Built {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  as?: CaseActor;
}

/** One way of calling a route: the data it reaches, and how to build a valid request for an actor. */
export interface Variant {
  name: string;
  target: Target;
  build(w: World, actor: CaseActor): Promise<Built> | Built;
  /** The answer out of scope when the route refuses a reference with a field error rather than a 404. */
  outside?: number;
  /** The route's own rule, where the derived answer is not the right one. */
  except?(actor: CaseActor, derived: number): Expectation | undefined;
  /** Further checks of an allowed answer; returns what is wrong, if anything. */
  verify?(
    response: LightMyRequestResponse,
    w: World,
    actor: CaseActor,
  ): Promise<string | undefined> | string | undefined;
  /** The authorisation hole (review numbering) whose fix this variant encodes. */
  hole?: number;
}

export interface RouteCase {
  /** "METHOD /path" as Fastify registers it. */
  route: string;
  rule: AccessRule;
  /** The status of an allowed call. */
  success: number;
  variants: readonly Variant[];
}

/** A refusal whose exact status (field error, forbidden, not found) is left to the fix. */
export const REFUSED: Expectation = [400, 403, 404];

/** Refuses whoever the derivation lets through, except platform admins. */
export const onlyAdminsPass = (actor: CaseActor, derived: number, success: number): Expectation | undefined =>
  derived === success && actor.role !== 'platform-admin' ? REFUSED : undefined;

export const unique = (prefix: string): string => `${prefix} ${randomBytes(4).toString('hex')}`;
export const ifMatch = (version: number): Record<string, string> => ({ 'if-match': `"${version}"` });

export async function unitVersion(w: World, key: UnitKey): Promise<number> {
  const [row] = await w.t.db.select({ version: orgUnit.version }).from(orgUnit).where(eq(orgUnit.id, w.units[key]));
  return row!.version;
}

export async function userVersion(w: World, id: string): Promise<number> {
  const [row] = await w.t.db.select({ version: appUser.version }).from(appUser).where(eq(appUser.id, id));
  return row!.version;
}

/** A new account holding these roles, on units of the tree. */
export function accountWith(w: World, grants: readonly [Role, UnitKey][]): ReturnType<typeof createAccountFixture> {
  return createAccountFixture(w.t.db, {
    grants: grants.map(([role, key]) => ({ role, orgUnitId: w.units[key] })),
    displayName: unique('Agent'),
  });
}

export async function definitionId(w: World, catalogueSlug: string, code: string): Promise<string> {
  const [row] = await w.t.db
    .select({ id: indicatorDefinition.id })
    .from(indicatorDefinition)
    .innerJoin(indicatorCatalogue, eq(indicatorCatalogue.id, indicatorDefinition.catalogueId))
    .where(and(eq(indicatorCatalogue.slug, catalogueSlug), eq(indicatorDefinition.code, code)));
  return row!.id;
}

/** Ids of units of region B in a list answer, which only a platform admin may see. */
export function regionBLeak(items: readonly { id: string }[], w: World, actor: CaseActor): string | undefined {
  if (actor.role === 'platform-admin') return undefined;
  const foreign = new Set([w.units.regionB, w.units.ghtB, w.units.estB, w.units.poleB]);
  const leaked = items.filter((i) => foreign.has(i.id));
  return leaked.length ? `lists ${leaked.length} unit(s) of region B` : undefined;
}
