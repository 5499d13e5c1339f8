import { Button, Group, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { hasFieldErrorsFor, placeFieldErrors } from '../../../lib/form-errors.ts';
import { orgKindLabel } from '../../../lib/labels.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { useCreateOrgUnit } from '../api/create-org-unit.ts';
import { emptyEstablishment, formValuesToCreateInput, type OrgUnitFormValues } from './org-unit-form-values.ts';
import { OrgUnitFields } from './org-unit-fields.tsx';
import { ORG_UNIT_FIELDS, orgUnitValidate } from './org-unit-validate.ts';

/**
 * Creates a unit under `parentId` (or a root unit when null). `kinds` are the
 * kinds allowed at that place of the tree; the first one is preselected.
 */
export function CreateOrgUnitForm({
  parentId,
  kinds,
  onCreated,
  onCancel,
}: {
  parentId: string | null;
  kinds: readonly OrgUnitKind[];
  onCreated: (unit: OrgUnitView) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const createOrgUnit = useCreateOrgUnit();
  const firstKind = kinds[0] ?? 'unit';
  const [kind, setKind] = useState<OrgUnitKind>(firstKind);
  const form = useForm<OrgUnitFormValues>({
    initialValues: {
      name: '',
      shortName: '',
      finess: '',
      establishment: firstKind === 'establishment' ? emptyEstablishment() : null,
    },
    validate: orgUnitValidate(t),
  });
  const changeKind = (next: OrgUnitKind) => {
    setKind(next);
    // Only establishments carry category, status, capacities and authorisations.
    form.setFieldValue('establishment', next === 'establishment' ? emptyEstablishment() : null);
  };
  const submit = (values: OrgUnitFormValues) =>
    createOrgUnit.mutate(formValuesToCreateInput(values, kind, parentId), {
      onSuccess: onCreated,
      onError: (error) => placeFieldErrors(error, ORG_UNIT_FIELDS, form.setFieldError, t, i18n.language),
    });
  const showError = createOrgUnit.isError && !hasFieldErrorsFor(createOrgUnit.error, ORG_UNIT_FIELDS);
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        {showError ? <ErrorAlert error={createOrgUnit.error} /> : null}
        <Select
          label={t('Type d’organisation')}
          required
          allowDeselect={false}
          data={kinds.map((option) => ({ value: option, label: orgKindLabel(t, option) }))}
          value={kind}
          onChange={(value) => {
            const picked = kinds.find((candidate) => candidate === value);
            if (picked) changeKind(picked);
          }}
          error={form.errors.kind}
        />
        <OrgUnitFields form={form} />
        <Group>
          <Button type="submit" loading={createOrgUnit.isPending}>
            {t('Créer l’organisation')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('Annuler')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
