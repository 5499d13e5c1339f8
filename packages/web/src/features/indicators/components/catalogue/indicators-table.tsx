import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../components/router-links.tsx';
import type { IndicatorSummary } from '@jalon/contract/indicators/fiche';
import { applicabilityText, kindLabel } from '../indicator-labels.ts';
import { ScrollableTable } from '../scrollable-table.tsx';

/** A catalogue's indicators, one row each; code and title open the fiche. */
export function IndicatorsTable({ indicators, caption }: { indicators: IndicatorSummary[]; caption: string }) {
  const { t } = useTranslation();
  return (
    // Fits the page at 1280 px (about 970 px beside the navigation); narrower
    // screens (a tablet's 720 px) scroll it, with the keyboard too.
    <ScrollableTable minWidth={720} label={caption}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('Code')}</Table.Th>
            <Table.Th scope="col" w="30%">
              {t('Titre')}
            </Table.Th>
            <Table.Th scope="col" w="22%">
              {t('Objectif stratégique')}
            </Table.Th>
            <Table.Th scope="col">{t('Type')}</Table.Th>
            <Table.Th scope="col" w="16%">
              {t('Sources')}
            </Table.Th>
            <Table.Th scope="col" w="14%">
              {t('Applicabilité')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => {
            const link = {
              to: '/indicateurs/$code',
              params: { code: indicator.code },
              search: { catalogue: indicator.catalogue.slug },
            } as const;
            return (
              <Table.Tr key={`${indicator.catalogue.slug}/${indicator.code}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <AnchorLink {...link} fw={600}>
                    {indicator.code}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <AnchorLink {...link}>{indicator.title}</AnchorLink>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={3}>
                    {indicator.objective}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {kindLabel(t, indicator.kind)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {indicator.dataSources.join(' ; ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{applicabilityText(t, indicator.applicability)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
