import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { EstablishmentView } from '@jalon/contract/org-units/org-unit';

export function CapacitiesTable({ capacities }: { capacities: EstablishmentView['capacities'] }) {
  const { t, i18n } = useTranslation();
  if (capacities.length === 0) return <Text c="gray.7">{t('Aucune capacité renseignée.')}</Text>;
  const sorted = [...capacities].sort((a, b) => b.year - a.year);
  return (
    <Table withTableBorder maw={480}>
      <Table.Caption>{t('Capacités autorisées par année (lits et places)')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('Année')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('Lits')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('Places')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((capacity) => (
          <Table.Tr key={capacity.year}>
            <Table.Th scope="row">{capacity.year}</Table.Th>
            <Table.Td ta="right">{formatNumber(capacity.beds, i18n.language)}</Table.Td>
            <Table.Td ta="right">{formatNumber(capacity.places, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
