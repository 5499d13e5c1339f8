import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api-client.ts';
import { fieldErrorMessage } from '../../../../lib/error-messages.ts';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { isIndicatorDetail, useUpdateIndicator } from '../../api/update-indicator.ts';
import { placeFicheErrors } from './fiche-edit-errors.ts';
import {
  definitionFromFormValues,
  formValuesFromDefinition,
  mergeDraft,
  type FicheFormValues,
} from './fiche-edit-values.ts';

/**
 * Saving a fiche against the version the user started from (`base`), which
 * moves only when they choose a way on from a conflict.
 */
export function useFicheSave(
  indicator: IndicatorDetail,
  form: UseFormReturnType<FicheFormValues>,
  onSaved: (saved: IndicatorDetail) => void,
) {
  const { t, i18n } = useTranslation();
  const update = useUpdateIndicator();
  const [base, setBase] = useState(indicator);
  const [conflict, setConflict] = useState<IndicatorDetail | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const submit = (values: FicheFormValues) => {
    setUnplaced([]);
    const definition = definitionFromFormValues(base.definition, values);
    update.mutate(
      { code: base.code, catalogue: base.catalogue.slug, version: base.version, definition, note: values.note.trim() },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            message: t('Fiche enregistrée (version {{version}})', { version: saved.version }),
          });
          onSaved(saved);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'VERSION_CONFLICT' && isIndicatorDetail(error.current))
            setConflict(error.current);
          else if (isApiError(error)) {
            const message = (fieldError: (typeof error.errors)[number]) =>
              fieldErrorMessage(t, fieldError, i18n.language);
            setUnplaced(placeFicheErrors(error.errors, base.definition, message, form.setFieldError));
          }
        },
      },
    );
  };
  /** Both ways on from a conflict start again from their version; `keepMine` lays the user's own changes on top. */
  const adopt = (current: IndicatorDetail, keepMine: boolean) => {
    const theirs = formValuesFromDefinition(current.definition);
    const started = formValuesFromDefinition(base.definition);
    form.setValues(keepMine ? mergeDraft(started, form.values, theirs) : { ...theirs, note: form.values.note });
    form.resetDirty({ ...theirs, note: '' });
    setBase(current);
    setConflict(null);
    update.reset();
  };
  return { update, base, conflict, unplaced, submit, adopt };
}
