import type { IndicatorDefinition, TargetRule } from '@jalon/domain/indicators/indicator-definition';

/**
 * What a CPOM amendment changes in a fiche, as the edit form holds it: texts
 * as typed, lists one item per line, and each target row's rules by year.
 * Everything else in the fiche (kind, applicability, notes…) is never shown
 * and goes back to the server exactly as it came.
 */
export interface FicheFormValues {
  title: string;
  objective: string;
  definition: string;
  formula: string;
  unit: string;
  direction: IndicatorDefinition['direction'];
  dataSources: string;
  partners: string;
  steering: string;
  proofElements: string;
  commentMustState: string;
  /** Same order as the fiche's rows; a missing year means the row sets nothing that year. */
  targets: Record<string, TargetRule>[];
  note: string;
}

export const TEXT_FIELDS = ['title', 'objective', 'definition', 'formula', 'unit', 'steering'] as const;
export const LINE_FIELDS = ['dataSources', 'partners', 'proofElements', 'commentMustState'] as const;
/** Form fields a server error path (`definition.<field>…`) can land on. */
export const FICHE_FIELDS = [...TEXT_FIELDS, ...LINE_FIELDS, 'direction'] as const;
export type FicheField = (typeof FICHE_FIELDS)[number];

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function formValuesFromDefinition(definition: IndicatorDefinition): FicheFormValues {
  return {
    title: definition.title,
    objective: definition.objective,
    definition: definition.definition,
    formula: definition.formula ?? '',
    unit: definition.unit,
    direction: definition.direction,
    dataSources: definition.dataSources.join('\n'),
    partners: definition.partners.join('\n'),
    steering: definition.steering ?? '',
    proofElements: definition.proofElements.join('\n'),
    commentMustState: definition.commentMustState.join('\n'),
    targets: definition.targets.map((row) => ({ ...row.years })),
    note: '',
  };
}

function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * The whole fiche to send: `base` with only the fields the user changed
 * replaced. A field typed back to what it was keeps the stored value byte for
 * byte, so a save never rewrites what nobody touched (spacing, list items).
 */
export function definitionFromFormValues(base: IndicatorDefinition, values: FicheFormValues): IndicatorDefinition {
  const initial = formValuesFromDefinition(base);
  const next: IndicatorDefinition = { ...base };
  if (values.title !== initial.title) next.title = values.title.trim();
  if (values.objective !== initial.objective) next.objective = values.objective.trim();
  if (values.definition !== initial.definition) next.definition = values.definition.trim();
  if (values.unit !== initial.unit) next.unit = values.unit.trim();
  next.direction = values.direction;
  if (values.formula !== initial.formula) {
    const formula = values.formula.trim();
    if (formula === '') delete next.formula;
    else next.formula = formula;
  }
  if (values.steering !== initial.steering) {
    const steering = values.steering.trim();
    if (steering === '') delete next.steering;
    else next.steering = steering;
  }
  for (const field of LINE_FIELDS) {
    if (values[field] !== initial[field]) next[field] = lines(values[field]);
  }
  if (!sameJson(values.targets, initial.targets)) {
    next.targets = base.targets.map((row, index) => ({ ...row, years: values.targets[index] ?? row.years }));
  }
  return next;
}

/** JSON with object keys sorted, so two equal fiches read the same whatever order their keys were built in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * Whether saving would change the fiche. The version note alone is not a
 * change: it describes one. A text typed back to what it was is no change either.
 */
export function ficheChanged(base: IndicatorDefinition, values: FicheFormValues): boolean {
  return canonicalJson(definitionFromFormValues(base, values)) !== canonicalJson(base);
}

/**
 * Where a server error path points in the form: a text field, the target
 * table, or nowhere the form shows (the message then goes above the form).
 */
export function errorTarget(path: string): FicheField | 'targets' | null {
  const [root, field] = path.split('.');
  if (root !== 'definition' || field === undefined) return null;
  if (field === 'targets') return 'targets';
  return (FICHE_FIELDS as readonly string[]).includes(field) ? (field as FicheField) : null;
}

/**
 * After someone else saved meanwhile: their version, with this user's own
 * changes (fields that differ from what they started from) laid on top.
 * Target cells merge one by one, so two people amending different years both
 * keep their work.
 */
export function mergeDraft(started: FicheFormValues, draft: FicheFormValues, theirs: FicheFormValues): FicheFormValues {
  const merged: FicheFormValues = { ...theirs, note: draft.note };
  for (const field of FICHE_FIELDS) {
    if (draft[field] !== started[field]) Object.assign(merged, { [field]: draft[field] });
  }
  merged.targets = theirs.targets.map((years, row) => {
    const mine = draft.targets[row] ?? {};
    const before = started.targets[row] ?? {};
    const result: Record<string, TargetRule> = { ...years };
    for (const year of new Set([...Object.keys(mine), ...Object.keys(before)])) {
      if (sameJson(mine[year], before[year])) continue;
      const rule = mine[year];
      if (rule === undefined) delete result[year];
      else result[year] = rule;
    }
    return result;
  });
  return merged;
}

/** The targets with one cell set, or emptied when `rule` is undefined; other rows are the same objects. */
export function withCell(
  targets: readonly Record<string, TargetRule>[],
  row: number,
  year: string,
  rule: TargetRule | undefined,
): Record<string, TargetRule>[] {
  return targets.map((years, index) => {
    if (index !== row) return years;
    const others = Object.fromEntries(Object.entries(years).filter(([key]) => key !== year));
    return rule === undefined ? others : { ...others, [year]: rule };
  });
}
