import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../../../lib/api-client.ts';
import { fieldErrorMessage } from '../../../../lib/error-messages.ts';
import type { Override } from '@jalon/contract/indicators/negotiated-target';
import { getTargetOverridesQueryOptions } from '../../api/get-target-overrides.ts';
import { isTargetOverride, usePutTargetOverride } from '../../api/put-target-override.ts';
import {
  ALL_COMPONENTS,
  negotiationBody,
  overrideFor,
  placeNegotiationErrors,
  type NegotiationFormValues,
  type NegotiationTarget,
} from './negotiation-values.ts';

/**
 * Saving a negotiated target against the version the form started from
 * (`base`), and what the answer leaves to show: the other person's rule on a
 * stale save, field errors on their fields, the rest listed above the form.
 */
export function useNegotiationSave(
  target: NegotiationTarget,
  form: UseFormReturnType<NegotiationFormValues>,
  initialBase: Override | undefined,
  onDone: () => void,
) {
  const { t, i18n } = useTranslation();
  const { orgUnitId, catalogue, year, item } = target;
  const queryClient = useQueryClient();
  const put = usePutTargetOverride();
  const [base, setBase] = useState(initialBase);
  const [conflict, setConflict] = useState<Override | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const showError = async (error: ApiError) => {
    if (error.code === 'VERSION_CONFLICT' && isTargetOverride(error.current)) {
      setConflict(error.current);
      return;
    }
    if (error.code === 'PRECONDITION_REQUIRED') {
      // Someone negotiated this target since the dialog opened: show theirs as a conflict.
      const fresh = await queryClient.fetchQuery(getTargetOverridesQueryOptions(orgUnitId, catalogue, year));
      const component = form.getValues().component;
      const theirs = overrideFor(fresh.items, item.code, year, component === ALL_COMPONENTS ? null : component);
      if (theirs) {
        setConflict(theirs);
        return;
      }
    }
    const placed = placeNegotiationErrors(error.errors, (fieldError) =>
      fieldErrorMessage(t, fieldError, i18n.language),
    );
    form.setErrors(placed.fields);
    setUnplaced(placed.others);
  };
  const submit = (values: NegotiationFormValues) => {
    const { rule } = values;
    if (rule === undefined) return;
    setUnplaced([]);
    put.mutate(
      {
        orgUnitId,
        catalogue,
        code: item.code,
        year,
        version: base?.version,
        body: negotiationBody({ ...values, rule }),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('Cible négociée enregistrée') });
          onDone();
        },
        onError: (error) => {
          if (isApiError(error)) void showError(error);
        },
      },
    );
  };
  /** Starts again from another stored version (another component's, or the one met on a conflict). */
  const restart = (next: Override | undefined) => {
    setBase(next);
    setConflict(null);
    setUnplaced([]);
    put.reset();
  };
  const resolve = (current: Override, takeTheirs: boolean) => {
    if (takeTheirs) form.setValues({ rule: current.rule, reason: current.reason });
    restart(current);
  };
  // Field errors sit under their fields and a conflict has its alert; any other answer (404, 403, network) gets its own.
  const answered = isApiError(put.error) && (put.error.errors.length > 0 || put.error.code === 'PRECONDITION_REQUIRED');
  const otherError = put.isError && !conflict && !answered ? put.error : null;
  return { base, conflict, unplaced, otherError, pending: put.isPending, submit, restart, resolve };
}
