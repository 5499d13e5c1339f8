import fc from 'fast-check';
import { and, eq, sql } from 'drizzle-orm';
import { cpomOccitanie20252029 } from '@jalon/catalog/cpom-occitanie-2025-2029/catalogue';
import { ROLES, roleGrants, type Permission, type Role } from '@jalon/domain/access/roles';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import { installCatalogues } from '../../catalogues/install-catalogues.ts';
import type { Db } from '../../db/database.ts';
import {
  cpomTargetOverride,
  indicatorCatalogue,
  indicatorDefinition,
  indicatorValue,
} from '../../db/schema/indicator.table.ts';
import { createAccountFixture, createOrgUnitFixture } from '../factories.ts';

/** Regions › GHTs › establishments (some outside any GHT) › sites and pôles. */
const leaves = fc.array(fc.constantFrom<OrgUnitKind>('site', 'grouping'), { maxLength: 2 });
const establishments = fc.array(leaves, { minLength: 1, maxLength: 2 });
const regionShape = fc.record({
  ghts: fc.array(establishments, { minLength: 1, maxLength: 2 }),
  direct: fc.array(leaves, { maxLength: 1 }),
});

// Platform admins act everywhere: there is no "outside" to check for them.
const scopedRoles = ROLES.filter((r) => r !== 'platform-admin');
const grantPick = fc.record({ role: fc.constantFrom<Role>(...scopedRoles), pick: fc.nat() });

export const scenarioArb = fc.record({
  regions: fc.array(regionShape, { minLength: 1, maxLength: 2 }),
  actorGrants: fc.array(grantPick, { minLength: 1, maxLength: 2 }),
  others: fc.array(fc.array(grantPick, { minLength: 1, maxLength: 2 }), { maxLength: 3 }),
});
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

export interface Unit {
  id: string;
  kind: OrgUnitKind;
  parentId: string | null;
}
export interface Account {
  id: string;
  email: string;
  grants: { id: string; role: Role; orgUnitId: string }[];
}

/** One scenario written to the database: its units, the actor and the other accounts, all named after the run. */
export interface Built {
  marker: string;
  units: Unit[];
  actor: Account;
  others: Account[];
}

let runs = 0;
export const NEGOTIATED = { shape: 'threshold', comparator: '>=', value: 12 } as const;

async function unit(db: Db, into: Unit[], marker: string, kind: OrgUnitKind, parentId: string | null): Promise<string> {
  const row = await createOrgUnitFixture(db, {
    kind,
    ...(parentId ? { parentId } : {}),
    name: `${marker} ${kind} ${into.length}`,
  });
  into.push({ id: row.id, kind, parentId });
  return row.id;
}

/** Each region gets its own catalogue, and each establishment a value and a negotiated target in it. */
async function cover(db: Db, marker: string, regionId: string, establishmentIds: string[]): Promise<void> {
  const slug = `cpom-${marker}-${regionId.slice(0, 8)}`;
  await installCatalogues(db, [{ ...cpomOccitanie20252029, slug }]);
  const [catalogue] = await db
    .update(indicatorCatalogue)
    .set({ regionId })
    .where(eq(indicatorCatalogue.slug, slug))
    .returning({ id: indicatorCatalogue.id });
  const [fiche] = await db
    .select({ id: indicatorDefinition.id })
    .from(indicatorDefinition)
    .where(and(eq(indicatorDefinition.catalogueId, catalogue!.id), eq(indicatorDefinition.code, 'CPOM_OS_1')));
  for (const orgUnitId of establishmentIds) {
    await db
      .insert(indicatorValue)
      .values({ orgUnitId, definitionId: fiche!.id, year: 2026, data: { year: 2026, value: 10 } });
    await db
      .insert(cpomTargetOverride)
      .values({ orgUnitId, definitionId: fiche!.id, year: 2026, component: null, rule: NEGOTIATED, reason: 'Négocié' });
  }
}

async function account(db: Db, marker: string, units: Unit[], picks: Scenario['actorGrants']): Promise<Account> {
  // One grant per unit and role: the database refuses duplicates.
  const grants = [
    ...new Map(
      picks.map((p) => [
        `${p.role}:${p.pick % units.length}`,
        { role: p.role, orgUnitId: units[p.pick % units.length]!.id },
      ]),
    ).values(),
  ];
  const created = await createAccountFixture(db, {
    grants,
    email: `${marker}-${Math.random().toString(36).slice(2, 8)}@iso.test`,
    displayName: `${marker} agent`,
  });
  return { id: created.id, email: created.email, grants: grants.map((g, i) => ({ id: created.grantIds[i]!, ...g })) };
}

export async function buildScenario(db: Db, scenario: Scenario): Promise<Built> {
  runs += 1;
  // Letters around the number: "iso1x" is no part of "iso12x", so a search for one run finds only its rows.
  const marker = `iso${runs}x`;
  const units: Unit[] = [];
  for (const region of scenario.regions) {
    const regionId = await unit(db, units, marker, 'region', null);
    const ests: string[] = [];
    const addEstablishment = async (parentId: string, children: OrgUnitKind[]) => {
      const id = await unit(db, units, marker, 'establishment', parentId);
      ests.push(id);
      for (const kind of children) await unit(db, units, marker, kind, id);
    };
    for (const ght of region.ghts) {
      const ghtId = await unit(db, units, marker, 'ght', regionId);
      for (const children of ght) await addEstablishment(ghtId, children);
    }
    for (const children of region.direct) await addEstablishment(regionId, children);
    await cover(db, marker, regionId, ests);
  }
  const actor = await account(db, marker, units, scenario.actorGrants);
  const others: Account[] = [];
  for (const picks of scenario.others) others.push(await account(db, marker, units, picks));
  return { marker, units, actor, others };
}

/** The units in the subtrees where the account's grants carry `permission`. */
export function scopeOf(built: Built, account: Account, permission: Permission): Set<string> {
  const inScope = new Set(account.grants.filter((g) => roleGrants(g.role, permission)).map((g) => g.orgUnitId));
  // Units were written parents first, so one pass reaches every descendant.
  for (const u of built.units) if (u.parentId !== null && inScope.has(u.parentId)) inScope.add(u.id);
  return inScope;
}

/** A digest of every row a write could touch: equal before and after means nothing changed. */
export async function checksum(db: Db): Promise<string> {
  const tables = [
    'org_unit',
    'establishment',
    'establishment_capacity',
    'ght_association',
    'role_grant',
    'app_user',
    'indicator_value',
    'cpom_target_override',
    'audit_event',
  ];
  const parts = tables.map((t) => `(SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM ${t} r)`);
  const result = await db.execute(sql.raw(`SELECT concat_ws(',', ${parts.join(', ')}) AS digest`));
  return String(result.rows[0]!.digest);
}

export const runCount = (): number => runs;
