import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { placeFieldErrors } from '../../../lib/form-errors.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { isOrgUnit, useUpdateOrgUnit } from '../api/update-org-unit.ts';
import { ConflictAlert } from './conflict-alert.tsx';
import { formValuesFromUnit, formValuesToInput, type OrgUnitFormValues } from './org-unit-form-values.ts';
import { OrgUnitFields } from './org-unit-fields.tsx';
import { ORG_UNIT_FIELDS, orgUnitValidate } from './org-unit-validate.ts';

/** Edits a unit against the version it was loaded at; the server refuses stale writes (412). */
export function EditOrgUnitForm({ unit, onDone }: { unit: OrgUnitView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const updateOrgUnit = useUpdateOrgUnit();
  const [baseVersion, setBaseVersion] = useState(unit.version);
  const [conflict, setConflict] = useState<OrgUnitView | null>(null);
  const form = useForm<OrgUnitFormValues>({ initialValues: formValuesFromUnit(unit), validate: orgUnitValidate(t) });
  const submit = (values: OrgUnitFormValues) =>
    updateOrgUnit.mutate(
      { id: unit.id, version: baseVersion, input: formValuesToInput(values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('Organisation enregistrée.') });
          onDone();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'VERSION_CONFLICT' && isOrgUnit(error.current))
            setConflict(error.current);
          else placeFieldErrors(error, ORG_UNIT_FIELDS, form.setFieldError, t, i18n.language);
        },
      },
    );
  const reload = (current: OrgUnitView) => {
    const values = formValuesFromUnit(current);
    form.setValues(values);
    form.resetDirty(values);
    setBaseVersion(current.version);
    setConflict(null);
    updateOrgUnit.reset();
  };
  const otherError = updateOrgUnit.isError && !conflict ? updateOrgUnit.error : null;
  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-label={t('Modifier l’organisation')}>
      <Stack>
        {conflict ? <ConflictAlert current={conflict} values={form.values} onReload={() => reload(conflict)} /> : null}
        {otherError ? <ErrorAlert error={otherError} /> : null}
        <OrgUnitFields form={form} />
        <Group>
          <Button type="submit" loading={updateOrgUnit.isPending} disabled={conflict !== null || !form.isDirty()}>
            {t('Enregistrer')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('Annuler')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
