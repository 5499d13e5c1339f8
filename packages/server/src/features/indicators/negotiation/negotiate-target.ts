import { eq } from 'drizzle-orm';
import { DomainError } from '@jalon/domain/errors';
import { assertYearInPeriod } from '@jalon/domain/indicators/year-period';
import {
  targetRuleSchema,
  type IndicatorDefinition,
  type TargetRule,
} from '@jalon/domain/indicators/indicator-definition';
import { recordAudit } from '../../../audit/audit-recorder.ts';
import type { Db } from '../../../db/database.ts';
import { authoredBy } from '../../../db/schema/authorship.ts';
import { cpomTargetOverride } from '../../../db/schema/indicator.table.ts';
import type { UseCaseContext } from '../../../access/actor.ts';
import { versionConflict } from '@jalon/domain/version-conflict';
import { establishmentFiche } from '../targets/fiche-lookup.ts';
import type { Override } from '@jalon/contract/indicators/negotiated-target';
import { overrideAt, overrideOf } from './override-store.ts';

export interface OverrideKey {
  establishmentId: string;
  code: string;
  year: number;
  catalogue: string | undefined;
  component: string | null;
}

function parseRule(input: unknown): TargetRule {
  const parsed = targetRuleSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = parsed.error.issues.map((issue) => ({
    path: ['rule', ...issue.path.map(String)].join('.'),
    code: 'INVALID_RULE',
    message: issue.message,
  }));
  throw new DomainError('VALIDATION_FAILED', 'La cible négociée ne respecte pas le modèle des cibles.', {
    details: { fieldErrors },
  });
}

function assertNegotiable(fiche: IndicatorDefinition, year: number, component: string | null): void {
  assertYearInPeriod(year, fiche.measurement, `la période de mesure de ${fiche.code}`);
  if (component === null) return;
  const known = fiche.kind.type === 'components' && fiche.kind.components.some((c) => c.key === component);
  if (!known)
    throw new DomainError('UNKNOWN_COMPONENT', `${fiche.code} n’a pas de composante « ${component} ».`, {
      field: ['component'],
    });
}

/**
 * Records the target the ARS negotiated with one establishment for a year,
 * replacing the fiche's rule there. Only the ARS of the establishment's
 * region does it; a replacement needs the version it replaces.
 */
export async function negotiateTarget(
  db: Db,
  context: UseCaseContext,
  key: OverrideKey,
  change: { rule: unknown; reason: string; version: number | undefined },
): Promise<Override> {
  const { fiche } = await establishmentFiche(db, context, key, 'catalogue.write');
  const definition = fiche.definition;
  assertNegotiable(definition, key.year, key.component);
  const rule = parseRule(change.rule);
  const at = { establishmentId: key.establishmentId, definitionId: fiche.id, year: key.year, component: key.component };
  return db.transaction(async (tx) => {
    const current = await overrideAt(tx, at, { lock: true });
    if (current === undefined) {
      const [created] = await tx
        .insert(cpomTargetOverride)
        .values({
          orgUnitId: key.establishmentId,
          definitionId: fiche.id,
          year: key.year,
          component: key.component,
          rule,
          reason: change.reason,
          ...authoredBy(context.actor),
        })
        .onConflictDoNothing()
        .returning({ id: cpomTargetOverride.id });
      if (!created) throw versionConflict(overrideOf((await overrideAt(tx, at))!, definition));
      await recordAudit(tx, context, {
        action: 'create',
        entityType: 'cpom_target_override',
        entityId: created.id,
        after: { ...key, code: definition.code, rule, reason: change.reason },
      });
      return overrideOf((await overrideAt(tx, at))!, definition);
    }
    if (change.version === undefined) {
      throw new DomainError(
        'PRECONDITION_REQUIRED',
        'Une cible est déjà négociée pour cette année : envoyez sa version (If-Match) pour la remplacer.',
      );
    }
    if (change.version !== current.version) throw versionConflict(overrideOf(current, definition));
    await tx
      .update(cpomTargetOverride)
      .set({ rule, reason: change.reason, version: current.version + 1, ...authoredBy(context.actor) })
      .where(eq(cpomTargetOverride.id, current.id));
    await recordAudit(tx, context, {
      action: 'update',
      entityType: 'cpom_target_override',
      entityId: current.id,
      before: { rule: current.rule, reason: current.reason },
      after: { rule, reason: change.reason },
    });
    return overrideOf((await overrideAt(tx, at))!, definition);
  });
}

/** Gives the fiche's rule back to the establishment for that year. */
export async function withdrawTarget(
  db: Db,
  context: UseCaseContext,
  key: OverrideKey,
  version: number,
): Promise<void> {
  const { fiche } = await establishmentFiche(db, context, key, 'catalogue.write');
  const at = { establishmentId: key.establishmentId, definitionId: fiche.id, year: key.year, component: key.component };
  await db.transaction(async (tx) => {
    const current = await overrideAt(tx, at, { lock: true });
    if (current === undefined) throw new DomainError('NOT_FOUND', 'Aucune cible négociée pour cette année.');
    if (version !== current.version) throw versionConflict(overrideOf(current, fiche.definition));
    await tx.delete(cpomTargetOverride).where(eq(cpomTargetOverride.id, current.id));
    await recordAudit(tx, context, {
      action: 'delete',
      entityType: 'cpom_target_override',
      entityId: current.id,
      before: { ...key, code: fiche.definition.code, rule: current.rule, reason: current.reason },
    });
  });
}
