export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping fields change on every write and tell the reader nothing.
const IGNORED_FIELDS = new Set(['version', 'updatedAt', 'createdAt', 'passwordHash']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that differ between an audit entry's before and after snapshots.
 * Nested objects (an establishment's attributes) are compared field by field
 * under a dotted name, so one changed capacity does not show the whole block.
 */
export function diffSnapshots(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  prefix = '',
): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const key of [...keys].sort()) {
    if (IGNORED_FIELDS.has(key)) continue;
    const previous = before?.[key];
    const next = after?.[key];
    if (sameValue(previous, next)) continue;
    if (isPlainObject(previous) && isPlainObject(next)) {
      changes.push(...diffSnapshots(previous, next, `${prefix}${key}.`));
    } else {
      changes.push({ field: `${prefix}${key}`, before: previous ?? null, after: next ?? null });
    }
  }
  return changes;
}

/** A short readable rendering of a snapshot value. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((item) => (isPlainObject(item) ? JSON.stringify(item) : String(item))).join(', ');
  }
  if (isPlainObject(value)) return JSON.stringify(value);
  return String(value);
}
