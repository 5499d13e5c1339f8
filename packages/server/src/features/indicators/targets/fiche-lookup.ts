import type { Permission } from '@jalon/domain/access/roles';
import { DomainError } from '@jalon/domain/errors';
import { catalogueFiche, type CatalogueRow, type StoredFiche } from '../../../catalogues/catalogue-store.ts';
import type { Db } from '../../../db/database.ts';
import type { UseCaseContext } from '../../../access/actor.ts';
import { establishmentInScope, type LoadedEstablishment } from './establishment-profile.ts';
import { catalogueFor } from './establishment-targets.ts';

export interface EstablishmentFiche {
  loaded: LoadedEstablishment;
  catalogue: CatalogueRow;
  fiche: StoredFiche;
}

/**
 * The establishment (when the caller holds `permission` over it), the
 * catalogue that covers it and one of its fiches by code or alias: what
 * every write about one establishment's indicator starts from.
 */
export async function establishmentFiche(
  db: Db,
  context: UseCaseContext,
  props: { establishmentId: string; code: string; catalogue: string | undefined },
  permission: Permission,
): Promise<EstablishmentFiche> {
  const loaded = await establishmentInScope(db, context, props.establishmentId, permission);
  const catalogue = await catalogueFor(db, loaded, props.catalogue);
  if (!catalogue)
    throw new DomainError('CATALOGUE_NOT_FOUND', 'Aucun catalogue CPOM ne couvre cet établissement.', {
      field: ['catalogue'],
    });
  return { loaded, catalogue, fiche: await catalogueFiche(db, catalogue, props.code) };
}
