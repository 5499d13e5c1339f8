import { sql } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import { normalizeFiness, validateFiness } from '@jalon/domain/organisation/finess';
import type { Db } from '../../db/database.ts';
import { pgError, UNIQUE_VIOLATION } from '../../db/pg-error.ts';
import { establishment, establishmentCapacity, ghtAssociation } from '../../db/schema/establishment.table.ts';
import type { Scope } from '../../org-scope/org-scope.ts';
import { scopeFilter } from './org-unit-repository.ts';
import type { EstablishmentInput } from '@jalon/contract/org-units/org-unit';

/** A FINESS number normalised and checked, or a field error naming `finess`. */
export function checkedFiness(input: string | null | undefined): string | null {
  if (input === undefined || input === null || input.trim() === '') return null;
  const value = normalizeFiness(input);
  const result = validateFiness(value);
  if (!result.ok)
    throw new DomainError('INVALID_FINESS', result.message, { field: ['finess'], details: { reason: result.code } });
  return value;
}

/**
 * Replaces an establishment's attributes, capacities and GHT associations.
 * `readable` is the writer's org.read scope: a GHT outside it may not be newly
 * associated (one it can read, or one already associated, may).
 */
export async function writeEstablishment(
  tx: Db,
  orgUnitId: string,
  input: EstablishmentInput,
  readable: Scope,
): Promise<void> {
  await assertGhts(tx, orgUnitId, input.associatedGhtIds, readable);
  const values = {
    category: input.category,
    legalStatus: input.legalStatus,
    department: input.department,
    authorisations: [...new Set(input.authorisations)],
  };
  await tx
    .insert(establishment)
    .values({ orgUnitId, ...values })
    .onConflictDoUpdate({ target: establishment.orgUnitId, set: values });
  await tx.delete(establishmentCapacity).where(sql`${establishmentCapacity.orgUnitId} = ${orgUnitId}`);
  if (input.capacities.length > 0) {
    await tx.insert(establishmentCapacity).values(input.capacities.map((c) => ({ orgUnitId, ...c })));
  }
  await tx.delete(ghtAssociation).where(sql`${ghtAssociation.establishmentId} = ${orgUnitId}`);
  if (input.associatedGhtIds.length > 0) {
    await tx
      .insert(ghtAssociation)
      .values([...new Set(input.associatedGhtIds)].map((ghtId) => ({ establishmentId: orgUnitId, ghtId })));
  }
}

/**
 * A GHT out of the writer's reach gets the same answer as one that does not
 * exist, so the refusal tells nothing about other regions.
 */
async function assertGhts(tx: Db, establishmentId: string, ids: readonly string[], readable: Scope): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.execute(sql`SELECT o.id FROM org_unit o
    WHERE o.kind = 'ght' AND o.id = ANY(${`{${ids.join(',')}}`}::uuid[])
      AND (${scopeFilter(readable)} OR o.id IN (SELECT ght_id FROM ght_association WHERE establishment_id = ${establishmentId}))`);
  if (found.rows.length !== new Set(ids).size) {
    throw new DomainError('UNKNOWN_GHT', 'Un GHT associé est introuvable.', {
      field: ['establishment', 'associatedGhtIds'],
    });
  }
}

/** Turns PostgreSQL's unique violation on FINESS into a field error. */
export function translateUniqueViolation(error: unknown): never {
  const { code, constraint } = pgError(error);
  if (code === UNIQUE_VIOLATION && constraint?.includes('finess')) {
    throw new DomainError('FINESS_TAKEN', 'Ce numéro FINESS est déjà attribué à une autre entité.', {
      field: ['finess'],
    });
  }
  throw error;
}
