import { eq } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import { recordAudit } from '../../../audit/audit-recorder.ts';
import { findCatalogue } from '../../../catalogues/catalogue-store.ts';
import type { Db } from '../../../db/database.ts';
import { indicatorCatalogue } from '../../../db/schema/indicator.table.ts';
import { orgUnit } from '../../../db/schema/org-unit.table.ts';
import { isPlatformAdmin, type UseCaseContext } from '../../../access/actor.ts';
import { listCatalogues } from '../fiches/indicator-queries.ts';
import type { CatalogueSummary } from '@jalon/contract/indicators/fiche';

/**
 * Says which region's establishments a catalogue covers, and so which ARS
 * edits it. A platform decision: an ARS cannot take another's catalogue.
 */
export async function attachCatalogue(
  db: Db,
  context: UseCaseContext,
  slug: string,
  regionId: string | null,
): Promise<CatalogueSummary> {
  if (!isPlatformAdmin(context.actor)) {
    throw new DomainError('FORBIDDEN', 'Seul un administrateur de la plateforme rattache un catalogue à une région.');
  }
  await db.transaction(async (tx) => {
    const catalogue = await findCatalogue(tx, slug);
    if (regionId !== null) {
      const [region] = await tx.select({ kind: orgUnit.kind }).from(orgUnit).where(eq(orgUnit.id, regionId));
      if (region?.kind !== 'region') {
        throw new DomainError('NOT_A_REGION', 'Un catalogue se rattache à une région.', { field: ['regionId'] });
      }
    }
    await tx.update(indicatorCatalogue).set({ regionId }).where(eq(indicatorCatalogue.id, catalogue.id));
    await recordAudit(tx, context, {
      action: 'update',
      entityType: 'indicator_catalogue',
      entityId: catalogue.id,
      before: { slug, regionId: catalogue.regionId },
      after: { slug, regionId },
    });
  });
  const [summary] = await listCatalogues(db, slug);
  return summary!;
}
