import { count } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { demoAccounts } from '@jalon/catalog/demo/demo-accounts';
import { demoOrgUnits } from '@jalon/catalog/demo/organisations';
import type { Db } from '../db/database.ts';
import { appUser } from '../db/schema/app-user.table.ts';
import { orgUnit } from '../db/schema/org-unit.table.ts';
import { recordAudit, type AuditContext } from '../audit/audit-recorder.ts';
import { writeEstablishment } from '../features/org-units/establishment-writer.ts';
import { createUser } from '../features/users/create-user.ts';
import { insertGrant } from '../features/users/grant-role.ts';

const SEED_CONTEXT: AuditContext = { actor: null, requestId: 'seed-demo' };

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
export async function seedDemo(db: Db, options: { password: string | undefined }): Promise<{ password: string; generated: boolean; emails: string[] }> {
  const password = options.password ?? generateDemoPassword();
  await db.transaction(async (tx) => {
    const ids = await insertOrgUnits(tx);
    const userIds = new Map<string, string>();
    for (const account of demoAccounts) {
      let userId = userIds.get(account.email);
      if (!userId) {
        userId = await createUser(tx, SEED_CONTEXT, { email: account.email, displayName: account.displayName, password, locale: 'fr' }, { enforcePolicy: false });
        userIds.set(account.email, userId);
      }
      await insertGrant(tx, SEED_CONTEXT, { userId, role: account.role, orgUnitId: ids.get(account.orgUnitKey)! });
    }
  });
  return { password, generated: options.password === undefined, emails: [...new Set(demoAccounts.map((a) => a.email))] };
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
    await recordAudit(tx, SEED_CONTEXT, { action: 'create', entityType: 'org_unit', entityId: row!.id, after: { ...unit } });
  }
  for (const unit of demoOrgUnits) {
    if (!unit.establishment) continue;
    const { associatedGhtKeys, ...attributes } = unit.establishment;
    await writeEstablishment(tx, ids.get(unit.key)!, {
      ...attributes,
      capacities: [...attributes.capacities],
      authorisations: [...attributes.authorisations],
      associatedGhtIds: (associatedGhtKeys ?? []).map((key) => ids.get(key)!),
    });
  }
  return ids;
}
