import { sql } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import type { Db } from '../../../db/database.ts';
import type { Permission } from '@jalon/domain/access/roles';
import type { UseCaseContext } from '../../../access/actor.ts';
import { unitInScope } from '../../../access/scope.ts';

export interface LoadedEstablishment {
  profile: EstablishmentProfile;
  /** The region above it: its ARS issues the CPOM catalogue. */
  regionId: string;
}

export function establishmentNotFound(id: string): DomainError {
  return new DomainError('ESTABLISHMENT_NOT_FOUND', 'Établissement introuvable dans votre périmètre.', {
    details: { id },
  });
}

interface ProfileRow {
  id: string;
  name: string;
  finess: string | null;
  category: EstablishmentProfile['category'];
  legal_status: EstablishmentProfile['legalStatus'];
  authorisations: EstablishmentProfile['authorisations'];
  parent_kind: string;
  region_id: string;
  ght_associated: boolean;
  capacities: { year: number; beds: number; places: number }[];
}

/**
 * What the target engine needs of an establishment, in one query. Its parent
 * is a GHT (a member) or the region itself (outside any GHT), so the region
 * is at most two steps up.
 */
export async function loadEstablishment(db: Db, id: string): Promise<LoadedEstablishment | undefined> {
  const result = await db.execute(sql`
    SELECT o.id, o.name, o.finess, e.category, e.legal_status, e.authorisations, p.kind AS parent_kind,
           CASE WHEN p.kind = 'region' THEN p.id ELSE p.parent_id END AS region_id,
           EXISTS (SELECT 1 FROM ght_association a WHERE a.establishment_id = o.id) AS ght_associated,
           COALESCE((SELECT json_agg(json_build_object('year', c.year, 'beds', c.beds, 'places', c.places) ORDER BY c.year)
                     FROM establishment_capacity c WHERE c.org_unit_id = o.id), '[]'::json) AS capacities
    FROM org_unit o
    JOIN establishment e ON e.org_unit_id = o.id
    JOIN org_unit p ON p.id = o.parent_id
    WHERE o.id = ${id}`);
  const row = result.rows[0] as ProfileRow | undefined;
  if (!row) return undefined;
  return {
    regionId: row.region_id,
    profile: {
      id: row.id,
      name: row.name,
      finess: row.finess ?? '',
      category: row.category,
      legalStatus: row.legal_status,
      capacities: row.capacities,
      authorisations: row.authorisations,
      ghtMember: row.parent_kind === 'ght',
      ghtAssociated: row.ght_associated,
    },
  };
}

/** The establishment when the caller holds `permission` over it; otherwise it does not exist for them. */
export async function establishmentInScope(
  db: Db,
  context: UseCaseContext,
  id: string,
  permission: Permission,
): Promise<LoadedEstablishment> {
  const [loaded, inScope] = await Promise.all([
    loadEstablishment(db, id),
    unitInScope(db, context.actor, id, permission),
  ]);
  if (!loaded || !inScope) throw establishmentNotFound(id);
  return loaded;
}
