import { Fieldset, Group, NativeSelect, NumberInput, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { COMPARATOR_SYMBOLS } from '@jalon/domain/indicators/french-format';
import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { asksMilestoneReached, liveRate, type EntryShape } from './value-entry-shape.ts';
import type { ValueFormValues } from './value-form-values.ts';

type Form = UseFormReturnType<ValueFormValues>;

function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(value);
}

/** Counts are whole and never negative; a French decimal comma elsewhere. */
function NumberField({ form, path, label, description, decimal = false }: { form: Form; path: string; label: string; description?: string; decimal?: boolean }) {
  return (
    <NumberInput
      label={label}
      description={description}
      allowNegative={false}
      allowDecimal={decimal}
      decimalSeparator=","
      hideControls
      {...form.getInputProps(path)}
    />
  );
}

function YesNoField({ form, path, label, description }: { form: Form; path: string; label: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} description={description} {...form.getInputProps(path)}>
      <Group gap="lg" mt={6}>
        <Radio value="yes" label={t('Oui')} />
        <Radio value="no" label={t('Non')} />
      </Group>
    </Radio.Group>
  );
}

function RateFields({ form, shape }: { form: Form; shape: EntryShape }) {
  const { t, i18n } = useTranslation();
  if (shape.kind.type !== 'rate') return null;
  const rate = liveRate(shape, form.values.numerator, form.values.denominator);
  const shown = rate === null ? '—' : `${formatNumber(rate, i18n.language)}${shape.percent ? '\u00a0%' : ''}`;
  return (
    <>
      <NumberField form={form} path="numerator" label={t('Numérateur')} description={shape.kind.numerator} />
      <NumberField form={form} path="denominator" label={t('Dénominateur')} description={shape.kind.denominator} />
      <Text size="sm" fw={600} aria-live="polite">{t('Taux : {{rate}}', { rate: shown })}</Text>
    </>
  );
}

function statusOptions(t: TFunction) {
  return [
    { value: '', label: t('Choisir un état') },
    { value: 'not-started', label: t('Non commencé') },
    { value: 'in-progress', label: t('En cours') },
    { value: 'reached', label: t('Réalisé') },
  ];
}

function ComponentFields({ form, shape }: { form: Form; shape: EntryShape }) {
  const { t } = useTranslation();
  if (shape.kind.type !== 'components') return null;
  return (
    // One group, so a screen reader announces each component as part of the indicator's components.
    <Fieldset legend={t('Composantes')} variant="unstyled">
      <Stack gap="sm">
        {shape.kind.components.map((component) => {
          const path = `components.${component.key}`;
          if (component.valueType === 'boolean') return <YesNoField key={component.key} form={form} path={path} label={component.label} />;
          const label = component.valueType === 'rate' ? `${component.label} (%)` : component.label;
          return <NumberField key={component.key} form={form} path={path} label={label} decimal={component.valueType === 'rate'} />;
        })}
      </Stack>
    </Fieldset>
  );
}

function MainFields({ form, shape }: { form: Form; shape: EntryShape }) {
  const { t } = useTranslation();
  switch (shape.kind.type) {
    case 'count':
      return <NumberField form={form} path="count" label={t('Valeur')} />;
    case 'rate':
      return <RateFields form={form} shape={shape} />;
    case 'boolean':
      return <YesNoField form={form} path="answer" label={t('Réponse')} />;
    case 'date':
      return <TextInput type="date" label={t('Date')} description={t('Format AAAA-MM-JJ')} {...form.getInputProps('date')} />;
    case 'milestone':
      return <NativeSelect label={t('État d’avancement')} data={statusOptions(t)} {...form.getInputProps('status')} />;
    case 'components':
      return <ComponentFields form={form} shape={shape} />;
  }
}

function floorText(shape: EntryShape, locale: string): string {
  const unit = shape.percent ? '\u00a0%' : '';
  return shape.floors.map((floor) => `${COMPARATOR_SYMBOLS[floor.comparator]}\u00a0${formatNumber(floor.floor, locale)}${unit}`).join(' ; ');
}

/** The inputs the fiche's kind asks for, then the year's own questions (milestone, chosen target) and the comment. */
export function ValueFields({ form, shape, fiche }: { form: Form; shape: EntryShape; fiche: IndicatorDefinition }) {
  const { t, i18n } = useTranslation();
  const mustState = fiche.commentMustState;
  return (
    <Stack gap="md">
      <MainFields form={form} shape={shape} />
      {asksMilestoneReached(shape) ? (
        <YesNoField form={form} path="milestoneReached" label={t('Jalon de l’année atteint')} description={shape.milestones.join(' ; ')} />
      ) : null}
      {shape.floors.length > 0 ? (
        <NumberField
          form={form}
          path="chosenTarget"
          label={t('Cible choisie')}
          description={t('Plancher fixé par la fiche : {{floor}}', { floor: floorText(shape, i18n.language) })}
          decimal
        />
      ) : null}
      <Textarea
        label={t('Commentaire')}
        description={mustState.length > 0 ? t('Le commentaire doit préciser : {{items}}', { items: mustState.join(' ; ') }) : undefined}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('comment')}
      />
    </Stack>
  );
}
