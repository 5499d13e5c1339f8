import { Checkbox, Group, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import type { Comparator, TargetRule, TargetShape } from '@jalon/domain/indicators/indicator-definition';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../../components/decimal-input.tsx';
import { comparatorLabel, numberFieldLabel, shapeLabel } from './fiche-edit-labels.ts';
import {
  hasComparator,
  numberFields,
  ruleWithShape,
  TARGET_SHAPES,
  withNumber,
  type RuleContext,
} from './fiche-edit-rules.ts';

const COMPARATORS: readonly Comparator[] = ['>=', '>', '<=', '<', '='];
const NO_TARGET = 'none';

interface RuleEditorProps {
  rule: TargetRule | undefined;
  /** Where the cell sits, said in every control's name: "Grands établissements, 2027". */
  place: string;
  context: RuleContext;
  error: string | null;
  onChange: (rule: TargetRule | undefined) => void;
}

function RuleDetails({
  rule,
  place,
  error,
  onChange,
}: Omit<RuleEditorProps, 'rule' | 'context'> & { rule: TargetRule }) {
  const { t } = useTranslation();
  const record = rule as Record<string, unknown>;
  const fields = numberFields(rule.shape);
  return (
    <>
      {hasComparator(rule.shape) && 'comparator' in rule ? (
        <NativeSelect
          size="xs"
          label={t('Comparaison')}
          aria-label={t('Comparaison — {{place}}', { place })}
          data={COMPARATORS.map((comparator) => ({ value: comparator, label: comparatorLabel(t, comparator) }))}
          value={rule.comparator}
          onChange={(event) => onChange({ ...rule, comparator: event.currentTarget.value as Comparator } as TargetRule)}
        />
      ) : null}
      {fields.length > 0 ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          {fields.map((field, index) => (
            <DecimalInput
              key={field}
              size="xs"
              w={fields.length > 1 ? 76 : 110}
              label={numberFieldLabel(t, field)}
              aria-label={`${numberFieldLabel(t, field)} — ${place}`}
              allowNegative
              value={typeof record[field] === 'number' ? record[field] : undefined}
              error={index === 0 ? error : null}
              onChange={(value) => onChange(withNumber(rule, field, value ?? Number.NaN))}
            />
          ))}
        </Group>
      ) : null}
      {rule.shape === 'milestone' ? (
        <TextInput
          size="xs"
          label={t('Libellé du jalon')}
          aria-label={t('Libellé du jalon — {{place}}', { place })}
          value={rule.label}
          error={error}
          onChange={(event) => onChange({ ...rule, label: event.currentTarget.value })}
        />
      ) : null}
      {rule.shape === 'boolean' ? (
        <NativeSelect
          size="xs"
          label={t('Réponse attendue')}
          aria-label={t('Réponse attendue — {{place}}', { place })}
          data={[
            { value: 'true', label: t('Oui') },
            { value: 'false', label: t('Non') },
          ]}
          value={String(rule.expected)}
          onChange={(event) => onChange({ ...rule, expected: event.currentTarget.value === 'true' })}
        />
      ) : null}
      {rule.shape === 'not-applicable' ? (
        <TextInput
          size="xs"
          label={t('Motif (facultatif)')}
          aria-label={t('Motif de « sans objet » — {{place}}', { place })}
          value={rule.reason ?? ''}
          onChange={(event) => {
            // An emptied reason leaves the rule, rather than an empty text the fiche would show.
            const reason = event.currentTarget.value;
            onChange(reason.trim() === '' ? { shape: 'not-applicable' } : { shape: 'not-applicable', reason });
          }}
        />
      ) : null}
      {rule.shape === 'positive-progression' ? (
        <Checkbox
          size="xs"
          label={t('ou stabilisation')}
          aria-label={t('ou stabilisation — {{place}}', { place })}
          checked={rule.orStable ?? false}
          onChange={(event) => onChange({ ...rule, orStable: event.currentTarget.checked })}
        />
      ) : null}
    </>
  );
}

/** One cell of the target table: the shape of its rule, then the few values that shape needs. */
export function FicheEditRule({ rule, place, context, error, onChange }: RuleEditorProps) {
  const { t } = useTranslation();
  const data = [
    { value: NO_TARGET, label: t('Aucune cible') },
    ...TARGET_SHAPES.map((shape) => ({ value: shape, label: shapeLabel(t, shape) })),
  ];
  const pick = (value: string | null) => {
    if (value === null || value === NO_TARGET) onChange(undefined);
    else onChange(ruleWithShape(rule, value as TargetShape, context));
  };
  return (
    <Stack gap={6} miw={170}>
      <Select
        size="xs"
        aria-label={t('Règle — {{place}}', { place })}
        data={data}
        value={rule?.shape ?? NO_TARGET}
        allowDeselect={false}
        // The cell is narrow; the list opens as wide as its longest shape, so none is cut off.
        comboboxProps={{ withinPortal: true, width: 'max-content', position: 'bottom-start' }}
        onChange={pick}
      />
      {rule ? <RuleDetails rule={rule} place={place} error={error} onChange={onChange} /> : null}
      {!rule ? (
        <Text size="xs" c="dimmed">
          {t('Rien de fixé cette année')}
        </Text>
      ) : null}
    </Stack>
  );
}
