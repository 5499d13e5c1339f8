import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AUTHORISATIONS, ESTABLISHMENT_CATEGORIES, LEGAL_STATUSES } from '@jalon/domain/organisation/establishment';
import { authorisationLabel, categoryLabel, legalStatusLabel } from '../../../lib/labels.ts';
import { useOrgUnits } from '../api/get-org-units.ts';
import { CapacitiesFields } from './capacities-fields.tsx';
import type { OrgUnitFormValues } from './org-unit-form-values.ts';

/** Attributes that decide which CPOM targets apply to an establishment. */
export function EstablishmentFields({ form }: { form: UseFormReturnType<OrgUnitFormValues> }) {
  const { t } = useTranslation();
  const ghts = useOrgUnits({ kind: 'ght', pageSize: 200 });
  const ghtOptions = (ghts.data?.items ?? []).map((ght) => ({ value: ght.id, label: ght.name }));
  return (
    <Stack>
      <Fieldset legend={t('Établissement')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('Catégorie')}
            required
            allowDeselect={false}
            data={ESTABLISHMENT_CATEGORIES.map((value) => ({ value, label: categoryLabel(t, value) }))}
            {...form.getInputProps('establishment.category')}
          />
          <Select
            label={t('Statut juridique')}
            required
            allowDeselect={false}
            data={LEGAL_STATUSES.map((value) => ({ value, label: legalStatusLabel(t, value) }))}
            {...form.getInputProps('establishment.legalStatus')}
          />
          <TextInput
            label={t('Département')}
            description={t('Par exemple : 31, 2A, 974')}
            required
            maxLength={3}
            {...form.getInputProps('establishment.department')}
          />
          <MultiSelect
            label={t('GHT associés')}
            description={t('Pour un partenaire privé ou médico-social associé sans être membre')}
            data={ghtOptions}
            searchable
            clearable
            {...form.getInputProps('establishment.associatedGhtIds')}
          />
        </SimpleGrid>
        <MultiSelect
          mt="md"
          label={t('Autorisations d’activité')}
          data={AUTHORISATIONS.map((value) => ({ value, label: authorisationLabel(t, value) }))}
          searchable
          clearable
          {...form.getInputProps('establishment.authorisations')}
        />
      </Fieldset>
      <CapacitiesFields form={form} />
    </Stack>
  );
}
