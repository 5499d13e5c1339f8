export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping and derived fields change with every write (version, dates) or
// follow from another field shown anyway (path and childCount from parentId).
const IGNORED_FIELDS = new Set([
  'id',
  'grantId',
  'orgUnitId',
  'key',
  'parentKey',
  'version',
  'updatedAt',
  'createdAt',
  'passwordHash',
  'path',
  'childCount',
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so two snapshots compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    isPlainObject(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

/**
 * The fields that differ between an audit entry's before and after snapshots.
 * Nested objects (an establishment's attributes) are compared field by field
 * under a dotted name, so one changed capacity does not show the whole block.
 */
/** The contract leaves a snapshot's shape open; the history compares objects only. */
export function asSnapshot(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

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
    const previousIsObject = isPlainObject(previous);
    const nextIsObject = isPlainObject(next);
    if (
      (previousIsObject || previous == null) &&
      (nextIsObject || next == null) &&
      (previousIsObject || nextIsObject)
    ) {
      changes.push(
        ...diffSnapshots(previousIsObject ? previous : null, nextIsObject ? next : null, `${prefix}${key}.`),
      );
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
    return value.map((item) => (isPlainObject(item) ? describeObject(item) : String(item))).join(', ');
  }
  if (isPlainObject(value)) return describeObject(value);
  return String(value);
}

function describeObject(value: Record<string, unknown>): string {
  if (typeof value.name === 'string') return value.name;
  return Object.entries(value)
    .map(([key, inner]) => `${key} ${String(inner)}`)
    .join(' · ');
}
