import { ActionIcon, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../components/decimal-input.tsx';
import type { OrgUnitFormValues } from './org-unit-form-values.ts';

/** One row per year: the CPOM tier of a year derives from that year's capacity. */
export function CapacitiesFields({ form }: { form: UseFormReturnType<OrgUnitFormValues> }) {
  const { t } = useTranslation();
  const capacities = form.values.establishment?.capacities ?? [];
  const addYear = () => {
    const lastYear = capacities.reduce((max, capacity) => Math.max(max, capacity.year), new Date().getFullYear() - 1);
    form.insertListItem('establishment.capacities', { year: lastYear + 1, beds: 0, places: 0 });
  };
  return (
    <Fieldset legend={t('Capacités par année')}>
      <Stack gap="xs">
        {capacities.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('Aucune capacité renseignée.')}
          </Text>
        ) : null}
        {capacities.map((capacity, index) => (
          <Group key={index} align="flex-end" wrap="wrap">
            <DecimalInput
              label={t('Année')}
              aria-label={t('Année de la ligne {{number}}', { number: index + 1 })}
              integer
              w={110}
              {...form.getInputProps(`establishment.capacities.${index}.year`)}
            />
            <DecimalInput
              label={t('Lits')}
              aria-label={t('Lits de la ligne {{number}}', { number: index + 1 })}
              integer
              w={120}
              {...form.getInputProps(`establishment.capacities.${index}.beds`)}
            />
            <DecimalInput
              label={t('Places')}
              aria-label={t('Places de la ligne {{number}}', { number: index + 1 })}
              integer
              w={120}
              {...form.getInputProps(`establishment.capacities.${index}.places`)}
            />
            <ActionIcon
              variant="subtle"
              color="red.8"
              size="lg"
              mb={2}
              aria-label={t('Retirer la ligne {{number}} ({{year}})', { number: index + 1, year: capacity.year })}
              onClick={() => form.removeListItem('establishment.capacities', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {form.errors['establishment.capacities'] ? (
          <Text size="sm" c="red.8" role="alert">
            {form.errors['establishment.capacities']}
          </Text>
        ) : null}
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={addYear}
        >
          {t('Ajouter une année')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
