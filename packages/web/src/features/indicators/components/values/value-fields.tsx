import {
  Alert,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { COMPARATOR_SYMBOLS, NBSP } from '@jalon/domain/indicators/french-format';
import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { asksMilestoneReached, liveRate, numberOf, rateOutOfRange, type EntryShape } from './value-entry-shape.ts';
import type { ValueFormValues } from './value-form-values.ts';

type Form = UseFormReturnType<ValueFormValues>;

function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(value);
}

/**
 * A number typed as text and kept as typed ("2,5"): a number input would
 * reinterpret it (dropping the comma of "2,5" or the sign of "-3"). The form
 * reads it French-style on sending and says why when it cannot. The unit sits
 * beside the value, inside the field; screen readers hear it with the label.
 */
function NumberField({
  form,
  path,
  label,
  description,
  unit,
}: {
  form: Form;
  path: string;
  label: string;
  description?: string | undefined;
  unit?: string | undefined;
}) {
  return (
    <TextInput
      label={
        unit ? (
          <>
            {label}
            <VisuallyHidden>{` (${unit})`}</VisuallyHidden>
          </>
        ) : (
          label
        )
      }
      description={description}
      inputMode="decimal"
      autoComplete="off"
      rightSection={
        unit ? (
          <Text size="sm" c="dimmed" pr="xs" aria-hidden="true" style={{ whiteSpace: 'nowrap' }}>
            {unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={unit ? `calc(${Math.min(unit.length, 24)}ch + 1.5rem)` : undefined}
      rightSectionPointerEvents="none"
      {...form.getInputProps(path)}
    />
  );
}

function YesNoField({
  form,
  path,
  label,
  description,
}: {
  form: Form;
  path: string;
  label: string;
  description?: string;
}) {
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
  const shown = rate === null ? '—' : `${formatNumber(rate, i18n.language)}${shape.percent ? `${NBSP}%` : ''}`;
  const scale = `${formatNumber(shape.kind.scale, i18n.language)}${shape.percent ? `${NBSP}%` : ''}`;
  return (
    <>
      <NumberField form={form} path="numerator" label={t('Numérateur')} description={shape.kind.numerator} />
      <NumberField form={form} path="denominator" label={t('Dénominateur')} description={shape.kind.denominator} />
      <Text size="sm" fw={600} aria-live="polite">
        {t('Taux : {{rate}}', { rate: shown })}
      </Text>
      {rateOutOfRange(shape, rate) ? (
        <Alert color="orange" variant="light" role="status" p="xs">
          {t('Un taux ne dépasse pas {{scale}} : vérifiez le numérateur et le dénominateur.', { scale })}
        </Alert>
      ) : null}
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
          if (component.valueType === 'boolean')
            return <YesNoField key={component.key} form={form} path={path} label={component.label} />;
          return (
            <NumberField
              key={component.key}
              form={form}
              path={path}
              label={component.label}
              unit={component.valueType === 'rate' ? '%' : undefined}
            />
          );
        })}
      </Stack>
    </Fieldset>
  );
}

function MainFields({ form, shape, unit }: { form: Form; shape: EntryShape; unit: string }) {
  const { t } = useTranslation();
  switch (shape.kind.type) {
    case 'count':
      return <NumberField form={form} path="count" label={t('Valeur')} unit={unit} />;
    case 'rate':
      return <RateFields form={form} shape={shape} />;
    case 'boolean':
      return <YesNoField form={form} path="answer" label={t('Réponse')} />;
    case 'date':
      return (
        <TextInput type="date" label={t('Date')} description={t('Format AAAA-MM-JJ')} {...form.getInputProps('date')} />
      );
    case 'milestone':
      return <NativeSelect label={t('État d’avancement')} data={statusOptions(t)} {...form.getInputProps('status')} />;
    case 'components':
      return <ComponentFields form={form} shape={shape} />;
  }
}

function floorText(shape: EntryShape, locale: string): string {
  const unit = shape.percent ? `${NBSP}%` : '';
  return shape.floors
    .map((floor) => `${COMPARATOR_SYMBOLS[floor.comparator]}${NBSP}${formatNumber(floor.floor, locale)}${unit}`)
    .join(' ; ');
}

/**
 * A milestone year is judged on the milestone alone, so "0" with "reached"
 * reads as met: say so before saving, since it is more often a slip.
 */
function nothingDoneYet(shape: EntryShape, values: ValueFormValues): boolean {
  if (!asksMilestoneReached(shape) || values.milestoneReached !== 'yes') return false;
  const figures = shape.kind.type === 'count' ? [values.count] : Object.values(values.components);
  const numbers = figures.map(numberOf).filter((n) => n !== undefined);
  return numbers.length > 0 && numbers.every((n) => n === 0);
}

/** The inputs the fiche's kind asks for, then the year's own questions (milestone, chosen target) and the comment. */
export function ValueFields({ form, shape, fiche }: { form: Form; shape: EntryShape; fiche: IndicatorDefinition }) {
  const { t, i18n } = useTranslation();
  const mustState = fiche.commentMustState;
  return (
    <Stack gap="md">
      <MainFields form={form} shape={shape} unit={fiche.unit} />
      {asksMilestoneReached(shape) ? (
        <YesNoField
          form={form}
          path="milestoneReached"
          label={t('Jalon de l’année atteint')}
          description={shape.milestones.join(' ; ')}
        />
      ) : null}
      {nothingDoneYet(shape, form.values) ? (
        <Alert color="orange" variant="light" role="status" p="xs">
          {t(
            'Vous déclarez 0 et le jalon atteint : cette année, seul le jalon compte, l’indicateur sera apprécié « Atteint ». Vérifiez le jalon.',
          )}
        </Alert>
      ) : null}
      {shape.floors.length > 0 ? (
        <NumberField
          form={form}
          path="chosenTarget"
          label={t('Cible choisie')}
          description={t('Plancher fixé par la fiche : {{floor}}', { floor: floorText(shape, i18n.language) })}
          unit={fiche.unit}
        />
      ) : null}
      <Textarea
        label={t('Commentaire')}
        description={
          mustState.length > 0
            ? t('Le commentaire doit préciser : {{items}}', { items: mustState.join(' ; ') })
            : undefined
        }
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('comment')}
      />
    </Stack>
  );
}
