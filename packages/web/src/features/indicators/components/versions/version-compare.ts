import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { targetTable } from '@jalon/domain/indicators/target-table';

/** Fields of a fiche compared one by one, in the order the fiche reads. */
export const COMPARED_FIELDS = [
  'title',
  'objective',
  'definition',
  'formula',
  'unit',
  'direction',
  'kind',
  'dataSources',
  'partners',
  'steering',
  'frequency',
  'measurement',
  'baselineYear',
  'applicability',
  'proofElements',
  'commentMustState',
  'interpretationBands',
  'aliases',
  'sourceNotes',
] as const satisfies readonly (keyof IndicatorDefinition)[];
/** `targets` stands for a change of the rows themselves (who they concern) that leaves every cell's text as it was. */
export type ComparedField = (typeof COMPARED_FIELDS)[number] | 'targets';

export type DefinitionDifference =
  | { type: 'field'; field: ComparedField; before: unknown; after: unknown }
  /** One cell of the target table, in the French words the fiche prints. */
  | {
      type: 'target';
      scope: string;
      component: string | null;
      year: number;
      before: string | null;
      after: string | null;
    };

function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null);
}

interface Cell {
  scope: string;
  component: string | null;
  year: number;
  text: string | null;
}

/** Cells keyed by row scope, component and year, so a row moved in the table still meets its twin. */
function cellsOf(definition: IndicatorDefinition): Map<string, Cell> {
  const table = targetTable(definition);
  const cells = new Map<string, Cell>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const rowKey = `${row.scope}\u0000${row.component?.key ?? ''}`;
    // Two rows with the same label stay apart by their rank.
    const rank = seen.get(rowKey) ?? 0;
    seen.set(rowKey, rank + 1);
    table.years.forEach((year, column) => {
      cells.set(`${rowKey}\u0000${rank}\u0000${year}`, {
        scope: row.scope,
        component: row.component?.label ?? null,
        year,
        text: row.cells[column] ?? null,
      });
    });
  }
  return cells;
}

function targetDifferences(before: IndicatorDefinition, after: IndicatorDefinition): DefinitionDifference[] {
  const left = cellsOf(before);
  const right = cellsOf(after);
  const differences: DefinitionDifference[] = [];
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    const old = left.get(key);
    const next = right.get(key);
    const cell = next ?? old;
    if (!cell || (old?.text ?? null) === (next?.text ?? null)) continue;
    differences.push({
      type: 'target',
      scope: cell.scope,
      component: cell.component,
      year: cell.year,
      before: old?.text ?? null,
      after: next?.text ?? null,
    });
  }
  return differences;
}

/**
 * What changed from one version of a fiche to another: the fields that
 * differ, then the target cells whose French text differs. Empty when the two
 * versions say the same thing.
 */
export function compareDefinitions(before: IndicatorDefinition, after: IndicatorDefinition): DefinitionDifference[] {
  const fields = COMPARED_FIELDS.filter((field) => !sameJson(before[field], after[field])).map(
    (field): DefinitionDifference => ({
      type: 'field',
      field,
      before: before[field] ?? null,
      after: after[field] ?? null,
    }),
  );
  const cells = targetDifferences(before, after);
  if (cells.length === 0 && !sameJson(before.targets, after.targets)) {
    fields.push({ type: 'field', field: 'targets', before: before.targets, after: after.targets });
  }
  return [...fields, ...cells];
}
