import { DomainError } from '@jalon/domain/errors';
import { assertYearInPeriod, valueYears } from '@jalon/domain/indicators/year-period';
import { validateIndicatorValue, type IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../audit/audit-recorder.ts';
import { contractPeriod } from '../../../catalogues/catalogue-store.ts';
import type { Db } from '../../../db/database.ts';
import { authoredBy } from '../../../db/schema/authorship.ts';
import { indicatorValue } from '../../../db/schema/indicator.table.ts';
import type { UseCaseContext } from '../../../access/actor.ts';
import { versionConflict } from '@jalon/domain/version-conflict';
import { establishmentFiche } from '../targets/fiche-lookup.ts';
import type { StoredValue } from '@jalon/contract/indicators/establishment-targets';
import { storedValueOf, valueOf, type ValueRow } from './value-store.ts';

export interface PutValueProps {
  establishmentId: string;
  code: string;
  year: number;
  catalogue: string | undefined;
  /** The If-Match version; undefined when creating. */
  version: number | undefined;
  body: Record<string, unknown>;
}

interface ValueWrite {
  props: PutValueProps;
  definitionId: string;
  code: string;
  value: IndicatorValue;
}

/** Creates the value, or replaces it from the version the person read; audited either way. */
async function writeValue(
  tx: Db,
  context: UseCaseContext,
  write: ValueWrite,
  current: ValueRow | undefined,
): Promise<void> {
  const { props, definitionId, value } = write;
  if (current === undefined) {
    const [created] = await tx
      .insert(indicatorValue)
      .values({
        orgUnitId: props.establishmentId,
        definitionId,
        year: props.year,
        data: value,
        ...authoredBy(context.actor),
      })
      .onConflictDoNothing()
      .returning({ id: indicatorValue.id });
    // Someone else created it between our read and our insert: theirs stands, and is shown.
    if (!created)
      throw versionConflict(storedValueOf((await valueOf(tx, props.establishmentId, definitionId, props.year))!));
    await recordAudit(tx, context, {
      action: 'create',
      entityType: 'indicator_value',
      entityId: created.id,
      after: { code: write.code, establishmentId: props.establishmentId, ...value },
    });
    return;
  }
  if (props.version === undefined) {
    throw new DomainError(
      'PRECONDITION_REQUIRED',
      'Une valeur existe déjà pour cette année : envoyez sa version (If-Match) pour la remplacer.',
    );
  }
  if (props.version !== current.version) throw versionConflict(storedValueOf(current));
  await tx
    .update(indicatorValue)
    .set({ data: value, version: current.version + 1, ...authoredBy(context.actor) })
    .where(eq(indicatorValue.id, current.id));
  await recordAudit(tx, context, {
    action: 'update',
    entityType: 'indicator_value',
    entityId: current.id,
    before: current.data,
    after: value,
  });
}

/** Records an establishment's value for one indicator and year, checked against the fiche's kind. */
export async function putValue(db: Db, context: UseCaseContext, props: PutValueProps): Promise<StoredValue> {
  const { catalogue, fiche } = await establishmentFiche(db, context, props, 'values.write');
  assertYearInPeriod(
    props.year,
    valueYears(contractPeriod(catalogue), fiche.definition.baselineYear),
    'la période des valeurs du contrat',
  );
  const checked = validateIndicatorValue(fiche.definition, { ...props.body, year: props.year });
  if (!checked.ok) {
    const fieldErrors = checked.errors.map((e) => ({ path: e.path.join('.'), code: e.code, message: e.message }));
    throw new DomainError('VALIDATION_FAILED', fieldErrors[0]?.message ?? 'Valeur invalide.', {
      details: { fieldErrors },
    });
  }
  const write = { props, definitionId: fiche.id, code: fiche.definition.code, value: checked.value };
  return db.transaction(async (tx) => {
    await writeValue(
      tx,
      context,
      write,
      await valueOf(tx, props.establishmentId, fiche.id, props.year, { lock: true }),
    );
    // Read back in the same transaction: the version and author as written, whatever commits next.
    return storedValueOf((await valueOf(tx, props.establishmentId, fiche.id, props.year))!);
  });
}
