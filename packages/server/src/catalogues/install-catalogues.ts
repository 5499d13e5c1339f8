import { cpomOccitanie20252029 } from '@jalon/catalog/cpom-occitanie-2025-2029/catalogue';
import type { Catalogue } from '@jalon/domain/indicators/indicator-definition';
import type { Db } from '../db/database.ts';
import { indicatorCatalogue, indicatorDefinition, indicatorDefinitionVersion } from '../db/schema/indicator.table.ts';

/** The catalogues Jalon ships (packages/catalog), installed into every database that lacks them. */
export const SHIPPED_CATALOGUES: readonly Catalogue[] = [cpomOccitanie20252029];

/**
 * Installs each catalogue whose slug the database does not hold yet, with its
 * fiches as version 1. A catalogue already there is left alone: its fiches
 * may have been edited since, and the stored ones are the reference.
 * Safe to run from several processes at once: the slug is unique, and the
 * process whose insert loses writes nothing.
 */
export async function installCatalogues(
  db: Db,
  catalogues: readonly Catalogue[] = SHIPPED_CATALOGUES,
): Promise<string[]> {
  const installed: string[] = [];
  for (const catalogue of catalogues) {
    const done = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(indicatorCatalogue)
        .values({
          slug: catalogue.slug,
          title: catalogue.title,
          issuer: catalogue.issuer,
          edition: catalogue.version,
          periodFrom: catalogue.period.from,
          periodTo: catalogue.period.to,
        })
        .onConflictDoNothing({ target: indicatorCatalogue.slug })
        .returning({ id: indicatorCatalogue.id });
      if (!row) return false;
      const definitions = await tx
        .insert(indicatorDefinition)
        .values(
          catalogue.indicators.map((fiche, position) => ({
            catalogueId: row.id,
            code: fiche.code,
            aliases: fiche.aliases,
            position,
            definition: fiche,
          })),
        )
        .returning({ id: indicatorDefinition.id, definition: indicatorDefinition.definition });
      await tx.insert(indicatorDefinitionVersion).values(
        definitions.map((d) => ({
          definitionId: d.id,
          version: 1,
          definition: d.definition,
          note: 'Version livrée',
        })),
      );
      return true;
    });
    if (done) installed.push(catalogue.slug);
  }
  return installed;
}
