import type { TFunction } from 'i18next';
import { invalidCells } from './fiche-edit-rules.ts';
import { INDICATOR_LIMITS } from '@jalon/contract/indicators/indicator-limits';
import type { FicheFormValues } from './fiche-edit-values.ts';

/** Checks made before sending, with the schema's limits; the server checks again and its errors land on the same fields. */
export function ficheValidate(t: TFunction) {
  return (values: FicheFormValues): Record<string, string> => {
    const errors: Record<string, string> = {};
    const required = t('Champ obligatoire.');
    for (const field of ['title', 'objective', 'definition', 'unit', 'dataSources'] as const) {
      if (values[field].trim() === '') errors[field] = required;
    }
    const note = values.note.trim();
    if (note === '') errors.note = t('Dites pourquoi la fiche change, par exemple l’avenant qui la modifie.');
    else if (note.length > INDICATOR_LIMITS.note) errors.note = t('{{max}} caractères au plus.', { max: INDICATOR_LIMITS.note });
    if (invalidCells(values.targets).size > 0) errors.targets = t('Certaines cibles sont incomplètes : corrigez les cases signalées dans le tableau.');
    return errors;
  };
}
