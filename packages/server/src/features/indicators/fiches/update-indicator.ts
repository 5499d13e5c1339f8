import { isDeepStrictEqual } from 'node:util';
import { and, eq, ne, sql } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import { indicatorDefinitionSchema, type IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { recordAudit } from '../../../audit/audit-recorder.ts';
import type { Db } from '../../../db/database.ts';
import { authoredBy } from '../../../db/schema/authorship.ts';
import {
  indicatorCatalogue,
  indicatorDefinition,
  indicatorDefinitionVersion,
} from '../../../db/schema/indicator.table.ts';
import { actorName, actorUserId, scopeRoots, type UseCaseContext } from '../../../access/actor.ts';
import { versionConflict } from '@jalon/domain/version-conflict';
import { unitInScope } from '../../../access/scope.ts';
import { detailOf, findFiche, type FicheRow } from './indicator-queries.ts';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';

export interface UpdateIndicatorProps {
  code: string;
  catalogue: string | undefined;
  version: number;
  definition: unknown;
  note: string | undefined;
}

/** Only the ARS of the catalogue's region edits its fiches; an unattached catalogue only a platform admin. */
async function assertMayEdit(db: Db, context: UseCaseContext, fiche: FicheRow): Promise<void> {
  if (scopeRoots(context.actor, 'catalogue.write') === 'all') return;
  if (fiche.regionId !== null && (await unitInScope(db, context.actor, fiche.regionId, 'catalogue.write'))) return;
  throw new DomainError(
    'FORBIDDEN',
    'Ce catalogue relève d’une autre agence régionale : vous ne pouvez pas modifier ses fiches.',
  );
}

function parseFiche(input: unknown, fiche: FicheRow): IndicatorDefinition {
  const parsed = indicatorDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = parsed.error.issues.map((issue) => ({
      path: ['definition', ...issue.path.map(String)].join('.'),
      code: 'INVALID_FICHE',
      message: issue.message,
    }));
    throw new DomainError('VALIDATION_FAILED', 'La fiche ne respecte pas le modèle des indicateurs.', {
      details: { fieldErrors },
    });
  }
  if (parsed.data.code !== fiche.code) {
    throw new DomainError('CODE_MISMATCH', `Le code d’une fiche ne change pas : attendu ${fiche.code}.`, {
      field: ['definition', 'code'],
    });
  }
  return parsed.data;
}

async function assertAliasesFree(db: Db, fiche: FicheRow, aliases: readonly string[]): Promise<void> {
  if (aliases.length === 0) return;
  const list = sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(aliases)}::jsonb))`;
  const [clash] = await db
    .select({ code: indicatorDefinition.code })
    .from(indicatorDefinition)
    .where(
      and(
        eq(indicatorDefinition.catalogueId, fiche.catalogueId),
        ne(indicatorDefinition.id, fiche.id),
        // One JSON parameter: drizzle would spread a JavaScript array into a list of parameters.
        sql`(${indicatorDefinition.code} = ANY(${list}) OR ${indicatorDefinition.aliases} && ${list})`,
      ),
    )
    .limit(1);
  if (clash) {
    throw new DomainError('ALIAS_TAKEN', `Un alias désigne déjà la fiche ${clash.code}.`, {
      field: ['definition', 'aliases'],
    });
  }
}

/**
 * Writes a new version of a fiche: the current row moves on, the version is
 * kept in the history, the catalogue's revision moves so every reader drops
 * its parsed copy, and the audit trail records before and after.
 *
 * A fiche sent back unchanged is a no-op, not an error: it answers the stored
 * fiche, and writes no version, no audit entry and no revision (a history of
 * identical versions would say something changed when nothing did).
 */
export async function updateIndicator(
  db: Db,
  context: UseCaseContext,
  props: UpdateIndicatorProps,
): Promise<IndicatorDetail> {
  return db.transaction(async (tx) => {
    const current = await findFiche(tx, props.code, props.catalogue, { lock: true });
    await assertMayEdit(tx, context, current);
    if (current.version !== props.version) throw versionConflict(detailOf(current));
    const fiche = parseFiche(props.definition, current);
    // Compared after parsing both, so key order and defaults do not count as changes.
    if (isDeepStrictEqual(fiche, indicatorDefinitionSchema.parse(current.definition))) return detailOf(current);
    await assertAliasesFree(tx, current, fiche.aliases);
    const version = current.version + 1;
    await tx
      .update(indicatorDefinition)
      .set({ definition: fiche, aliases: fiche.aliases, version, ...authoredBy(context.actor) })
      .where(eq(indicatorDefinition.id, current.id));
    await tx.insert(indicatorDefinitionVersion).values({
      definitionId: current.id,
      version,
      definition: fiche,
      changedById: actorUserId(context.actor),
      changedByName: actorName(context.actor),
      note: props.note ?? null,
    });
    await tx
      .update(indicatorCatalogue)
      .set({ revision: sql`${indicatorCatalogue.revision} + 1` })
      .where(eq(indicatorCatalogue.id, current.catalogueId));
    await recordAudit(tx, context, {
      action: 'update',
      entityType: 'indicator_definition',
      entityId: current.id,
      before: { code: current.code, version: current.version, definition: current.definition },
      after: { code: current.code, version, definition: fiche, note: props.note ?? null },
    });
    return detailOf(await findFiche(tx, current.code, current.catalogueSlug));
  });
}
