import type { UpdateOrgUnitBody } from '@jalon/contract/org-units/org-unit';

export interface ConflictRow {
  field: string;
  mine: unknown;
  theirs: unknown;
}

function flatten(input: UpdateOrgUnitBody): Record<string, unknown> {
  const { establishment, ...rest } = input;
  const flat: Record<string, unknown> = { ...rest };
  for (const [key, value] of Object.entries(establishment ?? {})) flat[`establishment.${key}`] = value;
  return flat;
}

/** Fields where what the user typed differs from the version someone else saved meanwhile. */
export function conflictRows(mine: UpdateOrgUnitBody, theirs: UpdateOrgUnitBody): ConflictRow[] {
  const left = flatten(mine);
  const right = flatten(theirs);
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields
    .filter((field) => JSON.stringify(left[field] ?? null) !== JSON.stringify(right[field] ?? null))
    .map((field) => ({ field, mine: left[field] ?? null, theirs: right[field] ?? null }));
}
