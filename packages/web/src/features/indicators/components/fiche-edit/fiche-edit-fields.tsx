import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FicheFormValues } from './fiche-edit-values.ts';
import { directionLabel } from '../indicator-labels.ts';

/** The texts of the fiche an amendment rewrites, in the order the fiche reads. */
export function FicheEditFields({ form }: { form: UseFormReturnType<FicheFormValues> }) {
  const { t } = useTranslation();
  const onePerLine = t('Un élément par ligne.');
  return (
    <Stack gap="md">
      <TextInput label={t('Intitulé')} required {...form.getInputProps('title')} />
      <Textarea label={t('Objectif stratégique')} required autosize minRows={2} {...form.getInputProps('objective')} />
      <Textarea
        label={t('Définition')}
        required
        autosize
        minRows={4}
        maxRows={16}
        {...form.getInputProps('definition')}
      />
      <Textarea label={t('Formule')} autosize minRows={2} {...form.getInputProps('formula')} />
      <TextInput label={t('Unité')} required maw={420} {...form.getInputProps('unit')} />
      <NativeSelect
        label={t('Sens')}
        maw={420}
        data={(['higher-is-better', 'lower-is-better'] as const).map((direction) => ({
          value: direction,
          label: directionLabel(t, direction),
        }))}
        {...form.getInputProps('direction')}
      />
      <Textarea
        label={t('Sources des données')}
        description={onePerLine}
        required
        autosize
        minRows={2}
        {...form.getInputProps('dataSources')}
      />
      <Textarea
        label={t('Partenaires')}
        description={onePerLine}
        autosize
        minRows={2}
        {...form.getInputProps('partners')}
      />
      <Textarea label={t('Pilotage')} autosize minRows={1} {...form.getInputProps('steering')} />
      <Textarea
        label={t('Éléments de preuve')}
        description={onePerLine}
        autosize
        minRows={3}
        {...form.getInputProps('proofElements')}
      />
      <Textarea
        label={t('Le commentaire doit préciser')}
        description={onePerLine}
        autosize
        minRows={2}
        {...form.getInputProps('commentMustState')}
      />
    </Stack>
  );
}
