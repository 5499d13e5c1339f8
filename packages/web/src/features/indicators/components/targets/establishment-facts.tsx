import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { categoryLabel, cpomTierHeading, cpomTierLabel } from '../../../../lib/labels.ts';
import type { EstablishmentTargets } from '@jalon/contract/indicators/establishment-targets';

/** What decides which targets apply: category and the year's bed tier, with the FINESS to be sure of the establishment. */
export function EstablishmentFacts({ targets }: { targets: EstablishmentTargets }) {
  const { t } = useTranslation();
  const { establishment, catalogue, year } = targets;
  return (
    <Table withTableBorder maw={640}>
      <Table.Caption>{t('L’établissement et son contrat')}</Table.Caption>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" w={220}>
            {t('FINESS')}
          </Table.Th>
          <Table.Td>{establishment.finess ?? '—'}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">{t('Catégorie')}</Table.Th>
          <Table.Td>{categoryLabel(t, establishment.category)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">{cpomTierHeading(t, year)}</Table.Th>
          <Table.Td>{cpomTierLabel(t, establishment.tier)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">{t('Catalogue')}</Table.Th>
          <Table.Td>{catalogue?.title ?? '—'}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
