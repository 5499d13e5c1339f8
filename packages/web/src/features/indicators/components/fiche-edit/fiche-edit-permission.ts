import type { Me } from '@jalon/contract/account/me';
import type { CatalogueSummary } from '@jalon/contract/indicators/fiche';

/**
 * Whether to offer "Modifier la fiche": a platform administrator, or someone
 * holding `catalogue.write` through a grant on the catalogue's own region.
 * The server decides in the end (403); this only hides a door that would not open.
 */
export function canEditFiche(me: Me, catalogue: Pick<CatalogueSummary, 'region'> | undefined): boolean {
  if (me.isPlatformAdmin) return true;
  if (!me.permissions.includes('catalogue.write') || !catalogue?.region) return false;
  const regionId = catalogue.region.id;
  return me.grants.some((grant) => grant.orgUnitId === regionId);
}
