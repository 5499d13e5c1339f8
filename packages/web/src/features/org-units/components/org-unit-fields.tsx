import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ORG_LIMITS } from '@jalon/contract/org-units/org-unit-limits';
import { EstablishmentFields } from './establishment-fields.tsx';
import type { OrgUnitFormValues } from './org-unit-form-values.ts';

export function OrgUnitFields({ form }: { form: UseFormReturnType<OrgUnitFormValues> }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <TextInput label={t('Nom')} required maxLength={ORG_LIMITS.name} {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('Nom court')}
          description={t('Sigle usuel, par exemple CHU, GHU, DMU')}
          maxLength={ORG_LIMITS.shortName}
          {...form.getInputProps('shortName')}
        />
        <TextInput
          label={t('FINESS')}
          description={t('9 caractères ; la clé de contrôle est vérifiée')}
          maxLength={12}
          {...form.getInputProps('finess')}
        />
      </SimpleGrid>
      {form.values.establishment ? <EstablishmentFields form={form} /> : null}
    </Stack>
  );
}
