import { count } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { demoAccounts } from '@jalon/catalog/demo/demo-accounts';
import { demoOrgUnits } from '@jalon/catalog/demo/organisations';
import { demoIndicatorValues } from '@jalon/catalog/demo/indicator-values';
import { cpomOccitanie20252029 } from '@jalon/catalog/cpom-occitanie-2025-2029/catalogue';
import { eq } from 'drizzle-orm';
import { installCatalogues } from '../catalogues/install-catalogues.ts';
import { indicatorCatalogue, indicatorDefinition, indicatorValue } from '../db/schema/indicator.table.ts';
import type { Db } from '../db/database.ts';
import { appUser } from '../db/schema/app-user.table.ts';
import { orgUnit } from '../db/schema/org-unit.table.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { systemContext } from '../access/actor.ts';
import { writeEstablishment } from '../features/org-units/establishment-writer.ts';
import { createUser } from '../features/users/create-user.ts';
import { grantRole } from '../features/users/grant-role.ts';

const SEED_CONTEXT = systemContext('demo dataset', 'seed-demo');

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [units] = await db.select({ n: count() }).from(orgUnit);
  const [users] = await db.select({ n: count() }).from(appUser);
  return units!.n === 0 && users!.n === 0;
}

/** A password that satisfies the policy, for demo accounts when none is given. */
export function generateDemoPassword(): string {
  return `Jalon-${randomBytes(9).toString('base64url')}-7q!`;
}

/**
 * Loads the demo organisations and one account per role, all in one
 * transaction: a failure leaves the database as it was.
 */
export async function seedDemo(
  db: Db,
  options: { password: string | undefined },
): Promise<{ password: string; generated: boolean; emails: string[] }> {
  const password = options.password ?? generateDemoPassword();
  await db.transaction(async (tx) => {
    const ids = await insertOrgUnits(tx);
    await insertCpomValues(tx, ids);
    const userIds = new Map<string, string>();
    for (const account of demoAccounts) {
      let userId = userIds.get(account.email);
      if (!userId) {
        userId = await createUser(
          tx,
          SEED_CONTEXT,
          { email: account.email, displayName: account.displayName, password, locale: 'fr' },
          { enforcePolicy: false },
        );
        userIds.set(account.email, userId);
      }
      await grantRole(tx, SEED_CONTEXT, { userId, role: account.role, orgUnitId: ids.get(account.orgUnitKey)! });
    }
  });
  return {
    password,
    generated: options.password === undefined,
    emails: [...new Set(demoAccounts.map((a) => a.email))],
  };
}

async function insertOrgUnits(tx: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const unit of demoOrgUnits) {
    const [row] = await tx
      .insert(orgUnit)
      .values({
        kind: unit.kind,
        parentId: unit.parentKey ? ids.get(unit.parentKey)! : null,
        name: unit.name,
        shortName: unit.shortName ?? null,
        finess: unit.finess ?? null,
      })
      .returning({ id: orgUnit.id });
    ids.set(unit.key, row!.id);
    await recordAudit(tx, SEED_CONTEXT, {
      action: 'create',
      entityType: 'org_unit',
      entityId: row!.id,
      after: { ...unit },
    });
  }
  for (const unit of demoOrgUnits) {
    if (!unit.establishment) continue;
    const { associatedGhtKeys, ...attributes } = unit.establishment;
    await writeEstablishment(
      tx,
      ids.get(unit.key)!,
      {
        ...attributes,
        capacities: [...attributes.capacities],
        authorisations: [...attributes.authorisations],
        associatedGhtIds: (associatedGhtKeys ?? []).map((key) => ids.get(key)!),
      },
      'all',
    );
  }
  return ids;
}

/** Attaches the Occitanie CPOM annex to its region and loads the establishments' 2024 and 2025 values. */
async function insertCpomValues(tx: Db, ids: Map<string, string>): Promise<void> {
  await installCatalogues(tx);
  const catalogue = cpomOccitanie20252029;
  const [stored] = await tx
    .update(indicatorCatalogue)
    .set({ regionId: ids.get('occitanie')! })
    .where(eq(indicatorCatalogue.slug, catalogue.slug))
    .returning({ id: indicatorCatalogue.id });
  const definitions = await tx
    .select({ id: indicatorDefinition.id, code: indicatorDefinition.code })
    .from(indicatorDefinition)
    .where(eq(indicatorDefinition.catalogueId, stored!.id));
  const definitionIds = new Map(definitions.map((d) => [d.code, d.id]));
  const rows = demoIndicatorValues(catalogue).map((demo) => ({
    orgUnitId: ids.get(demo.establishmentKey)!,
    definitionId: definitionIds.get(demo.code)!,
    year: demo.value.year,
    data: demo.value,
  }));
  if (rows.length > 0) await tx.insert(indicatorValue).values(rows);
}
