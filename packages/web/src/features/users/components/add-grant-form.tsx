import { Button, Group, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@jalon/domain/access/roles';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { hasFieldErrorsFor, placeFieldErrors } from '../../../lib/form-errors.ts';
import { roleLabel } from '../../../lib/labels.ts';
import { useCreateGrant } from '../api/create-grant.ts';

interface GrantValues {
  role: Role | null;
  orgUnitId: string | null;
}

export interface OrgUnitFieldProps {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  required: boolean;
}

const FIELDS = ['role', 'orgUnitId'] as const;

/**
 * Grants a role on an organisation. The organisation field is supplied by the
 * page (it searches organisations, which belong to another feature), and so
 * are the roles offered: those the reader may grant, so nobody picks a role the
 * server would refuse.
 */
export function AddGrantForm({
  userId,
  roles,
  renderOrgUnitField,
}: {
  userId: string;
  roles: readonly Role[];
  renderOrgUnitField: (props: OrgUnitFieldProps) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const createGrant = useCreateGrant();
  const form = useForm<GrantValues>({
    initialValues: { role: null, orgUnitId: null },
    validate: {
      role: (value) => (value ? null : t('Choisissez un rôle.')),
      orgUnitId: (value) => (value ? null : t('Choisissez l’organisation sur laquelle le rôle s’exerce.')),
    },
  });
  const submit = ({ role, orgUnitId }: GrantValues) => {
    if (!role || !orgUnitId) return;
    createGrant.mutate(
      { userId, input: { role, orgUnitId } },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'green', message: t('Rôle attribué.') });
        },
        onError: (error) => placeFieldErrors(error, FIELDS, form.setFieldError, t, i18n.language),
      },
    );
  };
  const showError = createGrant.isError && !hasFieldErrorsFor(createGrant.error, FIELDS);
  return (
    <form noValidate onSubmit={form.onSubmit(submit)} aria-label={t('Attribuer un rôle')}>
      <Stack>
        {showError ? <ErrorAlert error={createGrant.error} /> : null}
        <Group align="flex-start" grow wrap="wrap">
          <Select
            label={t('Rôle')}
            required
            searchable
            data={roles.map((role) => ({ value: role, label: roleLabel(t, role) }))}
            {...form.getInputProps('role')}
          />
          {renderOrgUnitField({
            label: t('Organisation'),
            required: true,
            value: form.values.orgUnitId,
            onChange: (id) => form.setFieldValue('orgUnitId', id),
            error: typeof form.errors.orgUnitId === 'string' ? form.errors.orgUnitId : undefined,
          })}
        </Group>
        <Button type="submit" w="fit-content" loading={createGrant.isPending}>
          {t('Attribuer le rôle')}
        </Button>
      </Stack>
    </form>
  );
}
