import { sql, type SQL } from 'drizzle-orm';

/**
 * The LIKE pattern for "contains `text`": the wildcards a person types
 * (`%`, `_`) and the escape character itself are matched literally, so a
 * search for `%` finds names holding a '%' and not every row.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Whether `haystack` contains `text`, ignoring case and accents on both sides
 * (`jalon_search_text`, which the trigram indexes are built on).
 */
export function searchMatches(haystack: SQL, text: string): SQL {
  return sql`jalon_search_text(${haystack}) LIKE jalon_search_text(${containsPattern(text)})`;
}
