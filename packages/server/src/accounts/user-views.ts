import { eq, inArray } from 'drizzle-orm';
import type { Role } from '@jalon/domain/access/roles';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import type { Db } from '../db/database.ts';
import { appUser } from '../db/schema/app-user.table.ts';
import { orgUnit } from '../db/schema/org-unit.table.ts';
import { roleGrant } from '../db/schema/role-grant.table.ts';
import type { GrantView, UserView } from './user-schemas.ts';

type UserRow = typeof appUser.$inferSelect;

export async function grantsOf(db: Db, userIds: readonly string[]): Promise<Map<string, GrantView[]>> {
  const byUser = new Map<string, GrantView[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({ id: roleGrant.id, userId: roleGrant.userId, role: roleGrant.role, orgUnitId: roleGrant.orgUnitId, orgUnitName: orgUnit.name, orgUnitKind: orgUnit.kind })
    .from(roleGrant)
    .innerJoin(orgUnit, eq(orgUnit.id, roleGrant.orgUnitId))
    .where(inArray(roleGrant.userId, [...userIds]))
    .orderBy(roleGrant.createdAt);
  for (const { userId, ...g } of rows) {
    const list = byUser.get(userId) ?? [];
    list.push({ ...g, role: g.role as Role, orgUnitKind: g.orgUnitKind as OrgUnitKind });
    byUser.set(userId, list);
  }
  return byUser;
}

export function toUserView(row: UserRow, grants: GrantView[]): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale === 'en' ? 'en' : 'fr',
    active: row.active,
    lockedUntil: row.lockedUntil && row.lockedUntil.getTime() > Date.now() ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    grants,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function loadUserView(db: Db, id: string): Promise<UserView | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id)).limit(1);
  if (!row) return undefined;
  return toUserView(row, (await grantsOf(db, [id])).get(id) ?? []);
}
