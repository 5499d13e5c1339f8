import type { TFunction } from 'i18next';
import { invalidCells } from './fiche-edit-rules.ts';
import { updateIndicatorBody } from '@jalon/contract/indicators/fiche';
import { INDICATOR_LIMITS } from '@jalon/contract/indicators/indicator-limits';
import type { FicheFormValues } from './fiche-edit-values.ts';

/** Checks made before sending, with the request schema's note; the server checks again and its errors land on the same fields. */
export function ficheValidate(t: TFunction) {
  return (values: FicheFormValues): Record<string, string> => {
    const errors: Record<string, string> = {};
    const required = t('Champ obligatoire.');
    for (const field of ['title', 'objective', 'definition', 'unit', 'dataSources'] as const) {
      if (values[field].trim() === '') errors[field] = required;
    }
    // The request makes the note optional; the form asks for one on every change.
    if (values.note.trim() === '')
      errors.note = t('Dites pourquoi la fiche change, par exemple l’avenant qui la modifie.');
    else if (!updateIndicatorBody.shape.note.safeParse(values.note).success)
      errors.note = t('{{max}} caractères au plus.', { max: INDICATOR_LIMITS.note });
    if (invalidCells(values.targets).size > 0)
      errors.targets = t('Certaines cibles sont incomplètes : corrigez les cases signalées dans le tableau.');
    return errors;
  };
}
