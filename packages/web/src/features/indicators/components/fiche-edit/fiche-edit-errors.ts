import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { FieldError } from '../../../../lib/api-client.ts';
import { errorTarget } from './fiche-edit-values.ts';

/** "Plus de 500 lits, 2027 : " for a server path inside the target table, so its message says which cell. */
export function cellPrefix(path: string, base: IndicatorDefinition): string {
  const match = /^definition\.targets\.(\d+)(?:\.years\.(\d{4}))?/.exec(path);
  const scope = match ? base.targets[Number(match[1])]?.scope.label : undefined;
  if (!match || scope === undefined) return '';
  return match[2] ? `${scope}, ${match[2]} : ` : `${scope} : `;
}

/**
 * Spreads a 400's field errors over the form: a text under its field, target
 * problems together above the table (each naming its cell), the note under
 * the note. Returns the messages no field shows, for the alert by the save button.
 */
export function placeFicheErrors(
  errors: readonly FieldError[],
  base: IndicatorDefinition,
  message: (error: FieldError) => string,
  setFieldError: (field: string, message: string) => void,
): string[] {
  const unplaced: string[] = [];
  const inTargets: string[] = [];
  for (const fieldError of errors) {
    const target = errorTarget(fieldError.path);
    if (target === 'targets') inTargets.push(cellPrefix(fieldError.path, base) + message(fieldError));
    else if (target) setFieldError(target, message(fieldError));
    else if (fieldError.path === 'note' || fieldError.path === 'body.note') setFieldError('note', message(fieldError));
    else unplaced.push(message(fieldError));
  }
  if (inTargets.length > 0) setFieldError('targets', inTargets.join('\n'));
  return unplaced;
}
