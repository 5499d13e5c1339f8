import pg from 'pg';

/**
 * What a refused request may still write, by design, and so what the
 * checksum leaves out: a session's sliding expiry and a token's last use
 * (touched by authentication, whatever the answer), and the record of a
 * failed sign-in or password check (counters, delays and audit rows, for the
 * progressive delays: an attempt is counted before its password is checked).
 */
const IGNORED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  user_session: ['last_seen_at', 'expires_at'],
  api_token: ['last_used_at'],
  app_user: ['failed_logins', 'locked_until', 'last_failed_login_at'],
};
/** Tables that only count attempts, refused ones included. */
const IGNORED_TABLES: ReadonlySet<string> = new Set(['login_throttle']);
const IGNORED_ROWS: Readonly<Record<string, string>> = {
  audit_event: "action NOT IN ('login_failed', 'lock')",
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * One query that fingerprints every application table. A row's ctid and xmin
 * change with any write to it, so they stand for its content at a fraction of
 * the cost of serialising it (the catalogue's fiches are large JSON); a
 * rewrite with the same values counts as a change, which is stricter. Tables
 * with columns to leave out are small and hashed by content instead.
 */
export async function checksumQuery(pool: pg.Pool): Promise<string> {
  const tables = await pool.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const parts = tables.rows
    .filter(({ name }) => !IGNORED_TABLES.has(name))
    .map(({ name }) => {
      const ignored = IGNORED_COLUMNS[name];
      const row = ignored
        ? `md5((${['to_jsonb(x)', ...ignored.map((column) => `'${column}'`)].join(' - ')})::text)`
        : `x.ctid::text || x.xmin::text`;
      const where = IGNORED_ROWS[name] ? `WHERE ${IGNORED_ROWS[name]}` : '';
      return `SELECT '${name}' AS t, (SELECT coalesce(string_agg(${row}, ',' ORDER BY ${row}), '') FROM public.${quote(name)} x ${where}) AS h`;
    });
  return `SELECT md5(string_agg(t || ':' || md5(h), ',' ORDER BY t)) AS sum FROM (${parts.join(' UNION ALL ')}) s`;
}

export function databaseChecksum(pool: pg.Pool, query: string): Promise<string> {
  return pool.query<{ sum: string }>(query).then((result) => result.rows[0]!.sum);
}
