import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { ScrollableTable } from '../scrollable-table.tsx';

/** The fiche's targets as its source prints them: a row per scope (and component), a column per year. */
export function FicheTargetTable({ table }: { table: IndicatorDetail['targetTable'] }) {
  const { t } = useTranslation();
  if (table.rows.length === 0) return <Text c="dimmed">{t('Cette fiche ne fixe aucune cible.')}</Text>;
  return (
    <ScrollableTable minWidth={180 + table.years.length * 120} label={t('Cibles par catégorie et par année')}>
      <Table withTableBorder withColumnBorders striped>
        <Table.Caption>{t('Cibles par catégorie et par année')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('Établissements concernés')}</Table.Th>
            {table.years.map((year) => (
              <Table.Th scope="col" key={year}>
                {year}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, index) => (
            <Table.Tr key={`${row.scope}-${row.component?.key ?? ''}-${index}`}>
              <Table.Th scope="row">
                {row.scope}
                {row.component ? (
                  <Text size="sm" fw="normal">
                    {row.component.label}
                  </Text>
                ) : null}
              </Table.Th>
              {table.years.map((year, column) => (
                <Table.Td key={year}>{row.cells[column] ?? '—'}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
