import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Role } from '@jalon/domain/access/roles';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import type { Db } from '../db/database.ts';
import { appUser } from '../db/schema/app-user.table.ts';
import { orgUnit } from '../db/schema/org-unit.table.ts';
import { roleGrant } from '../db/schema/role-grant.table.ts';
import { subtreeIds, type Scope } from '../org-scope/org-scope.ts';
import type { GrantView } from '@jalon/contract/users/grant';
import type { UserView } from '@jalon/contract/users/user';

type UserRow = typeof appUser.$inferSelect;

/** Grants on units inside the reader's subtrees: a person's roles elsewhere, and those units' names, are not the reader's to see. */
function grantInScope(visibleTo: Scope): SQL | undefined {
  if (visibleTo === 'all') return undefined;
  return sql`${roleGrant.orgUnitId} IN ${subtreeIds(visibleTo)}`;
}

/** Each user's grants, limited to those on units the reader sees (`'all'`: every grant). */
export async function grantsOf(
  db: Db,
  userIds: readonly string[],
  visibleTo: Scope,
): Promise<Map<string, GrantView[]>> {
  const byUser = new Map<string, GrantView[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      id: roleGrant.id,
      userId: roleGrant.userId,
      role: roleGrant.role,
      orgUnitId: roleGrant.orgUnitId,
      orgUnitName: orgUnit.name,
      orgUnitKind: orgUnit.kind,
    })
    .from(roleGrant)
    .innerJoin(orgUnit, eq(orgUnit.id, roleGrant.orgUnitId))
    .where(and(inArray(roleGrant.userId, [...userIds]), grantInScope(visibleTo)))
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

export async function loadUserView(db: Db, id: string, visibleTo: Scope): Promise<UserView | undefined> {
  const [row] = await db.select().from(appUser).where(eq(appUser.id, id)).limit(1);
  if (!row) return undefined;
  return toUserView(row, (await grantsOf(db, [id], visibleTo)).get(id) ?? []);
}
