import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorKind } from '@jalon/contract/indicators/fiche';
import { useIndicators } from '../../api/get-indicators.ts';
import { INDICATOR_KINDS } from '@jalon/contract/indicators/fiche';
import { kindLabel } from '../indicator-labels.ts';

const ALL = 'all';
/** The server's largest page: a catalogue's fiches at once (the CPOM annex holds 30). */
const WHOLE_CATALOGUE = 200;

export interface IndicatorFilterValues {
  kind: IndicatorKind | undefined;
  objective: string | undefined;
}

/** The strategic objectives of a catalogue, in the order its fiches first name them. */
export function objectivesOf(indicators: readonly { objective: string }[]): string[] {
  return [...new Set(indicators.map((indicator) => indicator.objective))];
}

/** Narrows a catalogue's list to one kind of indicator and one strategic objective. */
export function IndicatorFilters({
  catalogue,
  value,
  onChange,
}: {
  catalogue: string;
  value: IndicatorFilterValues;
  onChange: (value: IndicatorFilterValues) => void;
}) {
  const { t } = useTranslation();
  const whole = useIndicators({ catalogue, pageSize: WHOLE_CATALOGUE });
  const objectives = objectivesOf(whole.data?.items ?? []);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t('Type d’indicateur')}
        data={[
          { value: ALL, label: t('Tous les types') },
          ...INDICATOR_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) })),
        ]}
        value={value.kind ?? ALL}
        allowDeselect={false}
        onChange={(kind) => onChange({ ...value, kind: INDICATOR_KINDS.find((known) => known === kind) })}
        w={220}
      />
      <Select
        label={t('Objectif stratégique')}
        data={[
          { value: ALL, label: t('Tous les objectifs') },
          ...objectives.map((objective) => ({ value: objective, label: objective })),
        ]}
        value={value.objective ?? ALL}
        allowDeselect={false}
        searchable
        onChange={(objective) =>
          onChange({ ...value, objective: objective && objective !== ALL ? objective : undefined })
        }
        style={{ flex: '1 1 320px' }}
        maw={640}
      />
    </Group>
  );
}
