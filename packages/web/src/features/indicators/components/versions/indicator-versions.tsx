import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { PageSkeleton } from '../../../../components/page-skeleton.tsx';
import { formatDateTime } from '../../../../lib/format.ts';
import { useIndicatorVersions } from '../../api/get-indicator-versions.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import { VersionCompare } from './version-compare.tsx';

/** Who changed the fiche, when and why, newest first (version 1 is the fiche as shipped), and what changed between two versions. */
export function IndicatorVersions({ code, catalogue }: { code: string; catalogue: string }) {
  const { t, i18n } = useTranslation();
  const versions = useIndicatorVersions(code, catalogue);
  if (versions.isPending) return <PageSkeleton rows={2} />;
  if (versions.isError) return <ErrorAlert error={versions.error} />;
  return (
    <Stack gap="lg">
      <ScrollableTable minWidth={560} label={t('Versions de la fiche {{code}}', { code })}>
        <Table striped>
          <Table.Caption>{t('Versions de la fiche {{code}}', { code })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('Version')}</Table.Th>
              <Table.Th scope="col">{t('Date')}</Table.Th>
              <Table.Th scope="col">{t('Auteur')}</Table.Th>
              <Table.Th scope="col">{t('Note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.data.items.map((entry) => (
              <Table.Tr key={entry.version}>
                <Table.Td>{entry.version}</Table.Td>
                <Table.Td>{formatDateTime(entry.changedAt, i18n.language)}</Table.Td>
                <Table.Td>{entry.changedBy?.name ?? t('Version livrée avec Jalon')}</Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.note ?? '—'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      <VersionCompare code={code} catalogue={catalogue} versions={versions.data.items} />
    </Stack>
  );
}
