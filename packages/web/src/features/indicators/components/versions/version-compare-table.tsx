import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldLabel, showFieldValue } from '../fiche-edit/fiche-edit-labels.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { DefinitionDifference } from './version-compare.ts';

function rowLabel(t: TFunction, difference: DefinitionDifference): string {
  if (difference.type === 'field') return fieldLabel(t, difference.field);
  const scope = difference.component ? `${difference.scope} — ${difference.component}` : difference.scope;
  return t('Cible {{year}} : {{scope}}', { year: difference.year, scope });
}

function cellText(t: TFunction, difference: DefinitionDifference, side: 'before' | 'after'): string {
  if (difference.type === 'field') return showFieldValue(t, difference.field, difference[side]);
  return difference[side] ?? '—';
}

/** Field by field, what one side says next to the other; long texts wrap inside their cell. */
export function DifferencesTable({
  differences,
  caption,
  beforeLabel,
  afterLabel,
}: {
  differences: readonly DefinitionDifference[];
  caption: string;
  beforeLabel: string;
  afterLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollableTable minWidth={640} label={caption}>
      <Table withTableBorder withColumnBorders fz="sm" bg="var(--mantine-color-body)">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="22%">
              {t('Champ')}
            </Table.Th>
            <Table.Th scope="col">{beforeLabel}</Table.Th>
            <Table.Th scope="col">{afterLabel}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {differences.map((difference, index) => (
            <Table.Tr key={`${rowLabel(t, difference)}-${index}`}>
              <Table.Th scope="row">{rowLabel(t, difference)}</Table.Th>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {cellText(t, difference, 'before')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {cellText(t, difference, 'after')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
