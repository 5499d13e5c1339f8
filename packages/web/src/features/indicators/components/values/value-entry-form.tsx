import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { isApiError } from '../../../../lib/api-client.ts';
import { fieldErrorMessage } from '../../../../lib/error-messages.ts';
import type { StoredValue, TargetItem } from '@jalon/contract/indicators/establishment-targets';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { isStoredValue, usePutIndicatorValue } from '../../api/put-indicator-value.ts';
import { ValueConflictAlert } from './value-conflict-alert.tsx';
import { entryShape } from './value-entry-shape.ts';
import { ValueFields } from './value-fields.tsx';
import { formValuesFrom, formValuesToBody, placeValueErrors, type ValueFormValues } from './value-form-values.ts';
import { valueFormValidate } from './value-form-validate.ts';

export interface ValueEntryTarget {
  orgUnitId: string;
  catalogue: string;
  year: number;
  item: TargetItem;
}

/** Errors no field shows (a derived rate, the year), listed above the form so none is lost. */
function UnplacedErrors({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('Valeur refusée')}
    >
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Enters or replaces one value; replacing sends the version it started from, and the server refuses stale writes (412). */
export function ValueEntryForm({
  target,
  fiche,
  stored,
  onDone,
}: {
  target: ValueEntryTarget;
  fiche: IndicatorDetail;
  stored: StoredValue | undefined;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { orgUnitId, catalogue, year, item } = target;
  const shape = useMemo(() => entryShape(fiche.definition, year), [fiche.definition, year]);
  const putValue = usePutIndicatorValue();
  const [baseVersion, setBaseVersion] = useState(stored?.version);
  const [conflict, setConflict] = useState<StoredValue | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const form = useForm<ValueFormValues>({
    initialValues: formValuesFrom(shape, stored?.value ?? null),
    validate: valueFormValidate(t, shape),
  });

  const submit = (values: ValueFormValues) => {
    setUnplaced([]);
    putValue.mutate(
      { orgUnitId, catalogue, code: item.code, year, version: baseVersion, body: formValuesToBody(shape, values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('Valeur enregistrée') });
          onDone();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === 'VERSION_CONFLICT' && isStoredValue(error.current)) {
            setConflict(error.current);
            return;
          }
          const placed = placeValueErrors(shape, error.errors, (fieldError) =>
            fieldErrorMessage(t, fieldError, i18n.language),
          );
          form.setErrors(placed.fields);
          setUnplaced(placed.others);
        },
      },
    );
  };
  const resolve = (current: StoredValue, takeTheirs: boolean) => {
    if (takeTheirs) form.setValues(formValuesFrom(shape, current.value));
    setBaseVersion(current.version);
    setConflict(null);
    putValue.reset();
  };
  // Field errors sit under their fields; an answer with none of them (404, 428, network) gets its own alert.
  const otherError =
    putValue.isError && !conflict && !(isApiError(putValue.error) && putValue.error.errors.length > 0)
      ? putValue.error
      : null;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(submit)}
      aria-label={t('Valeur {{year}} de {{code}}', { year, code: item.code })}
    >
      <Stack gap="md">
        {conflict ? (
          <ValueConflictAlert
            item={item}
            current={conflict}
            onTakeTheirs={() => resolve(conflict, true)}
            onKeepMine={() => resolve(conflict, false)}
          />
        ) : null}
        {otherError ? <ErrorAlert error={otherError} /> : null}
        <UnplacedErrors messages={unplaced} />
        <ValueFields form={form} shape={shape} fiche={fiche.definition} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('Annuler')}
          </Button>
          <Button type="submit" loading={putValue.isPending} disabled={conflict !== null}>
            {t('Enregistrer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
