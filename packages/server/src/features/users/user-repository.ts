import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { appUser } from '../../db/schema/app-user.table.ts';
import { searchMatches } from '../../db/search.ts';
import { scopeRoots, type Actor } from '../../access/actor.ts';
import { userVisibleSql } from '../../access/scope.ts';
import type { UserView } from '@jalon/contract/users/user';
import { grantsOf, toUserView } from '../../accounts/user-views.ts';

export interface UserSearch {
  /** Part of a name or address, matched without case or accents; wildcards are literal. */
  q: string | undefined;
  page: number;
  pageSize: number;
}

/** One page of the people the actor may read, by name, each with the roles the actor may see. */
export async function listVisibleUsers(
  db: Db,
  actor: Actor,
  search: UserSearch,
): Promise<{ items: UserView[]; total: number }> {
  const { q, page, pageSize } = search;
  const matching = q ? sql`AND ${searchMatches(sql`u.display_name || ' ' || u.email`, q)}` : sql``;
  const found = await db.execute(sql`SELECT u.id, count(*) OVER ()::int AS total FROM app_user u
    WHERE ${userVisibleSql(actor, 'users.read')} ${matching}
    ORDER BY u.display_name, u.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  const ids = found.rows.map((r) => r.id as string);
  const users = ids.length
    ? await db
        .select()
        .from(appUser)
        .where(sql`${appUser.id} = ANY(${`{${ids.join(',')}}`}::uuid[])`)
    : [];
  const grants = await grantsOf(db, ids, scopeRoots(actor, 'users.read'));
  const items = ids.map((id) =>
    toUserView(
      users.find((u) => u.id === id)!,
      grants.get(id) ?? [],
    ),
  );
  return { items, total: (found.rows[0]?.total as number | undefined) ?? 0 };
}
