import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { formValuesFromUnit, formValuesToInput, type OrgUnitFormValues } from './org-unit-form-values.ts';
import { conflictRows } from './version-conflict.ts';

function fieldName(t: TFunction, field: string): string {
  switch (field) {
    case 'name':
      return t('Nom');
    case 'shortName':
      return t('Nom court');
    case 'finess':
      return t('FINESS');
    case 'establishment.category':
      return t('Catégorie');
    case 'establishment.legalStatus':
      return t('Statut juridique');
    case 'establishment.department':
      return t('Département');
    case 'establishment.capacities':
      return t('Capacités');
    case 'establishment.authorisations':
      return t('Autorisations');
    case 'establishment.associatedGhtIds':
      return t('GHT associés');
    default:
      return field;
  }
}

function show(value: unknown): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (Array.isArray(value)) {
    return value
      .map((item) => (typeof item === 'object' && item !== null ? Object.values(item).join(' / ') : String(item)))
      .join(', ');
  }
  return String(value);
}

/** Shown on 412: what the other person saved next to what this user typed, and a way to start again from theirs. */
export function ConflictAlert({
  current,
  values,
  onReload,
}: {
  current: OrgUnitView;
  values: OrgUnitFormValues;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const rows = conflictRows(formValuesToInput(values), formValuesToInput(formValuesFromUnit(current)));
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<IconGitMerge aria-hidden />}
      title={t('Modifié entre-temps par quelqu’un d’autre')}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t(
            'Vos modifications n’ont pas été enregistrées : la version {{version}} a été enregistrée pendant que vous modifiiez.',
            { version: current.version },
          )}
        </Text>
        {rows.length > 0 ? (
          <Table withTableBorder fz="sm" bg="white">
            <Table.Caption>{t('Différences entre votre saisie et la version enregistrée')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('Champ')}</Table.Th>
                <Table.Th scope="col">{t('Votre saisie')}</Table.Th>
                <Table.Th scope="col">{t('Version enregistrée')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.field}>
                  <Table.Th scope="row">{fieldName(t, row.field)}</Table.Th>
                  <Table.Td>{show(row.mine)}</Table.Td>
                  <Table.Td>{show(row.theirs)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <Button w="fit-content" onClick={onReload}>
          {t('Recharger la version enregistrée')}
        </Button>
      </Stack>
    </Alert>
  );
}
