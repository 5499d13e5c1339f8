import { Badge, Stack, Table, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ListPagination } from '../../../components/list-pagination.tsx';
import { PageSkeleton } from '../../../components/page-skeleton.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { orgKindLabel } from '../../../lib/labels.ts';
import { useOrgUnits } from '../api/get-org-units.ts';

const PAGE_SIZE = 50;

export function OrgUnitSearchResults({
  q,
  page,
  onPageChange,
}: {
  q: string;
  page: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const results = useOrgUnits({ q, page, pageSize: PAGE_SIZE });
  if (results.isPending) return <PageSkeleton rows={5} />;
  if (results.isError) return <ErrorAlert error={results.error} />;
  const { items, total } = results.data;
  if (items.length === 0) {
    return (
      <EmptyState
        icon={<IconSearch aria-hidden />}
        title={t('Aucune organisation ne correspond à « {{q}} »', { q })}
        description={t('Vérifiez l’orthographe, ou cherchez par numéro FINESS.')}
      />
    );
  }
  // The previous results stay shown under the new caption while a search runs;
  // aria-busy keeps screen readers from announcing them as its answer.
  return (
    <Stack aria-busy={results.isPlaceholderData || undefined}>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover>
          <Table.Caption>{t('Organisations correspondant à « {{q}} »', { q })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('Nom')}</Table.Th>
              <Table.Th scope="col">{t('Type')}</Table.Th>
              <Table.Th scope="col">{t('FINESS')}</Table.Th>
              <Table.Th scope="col">{t('Rattachement')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((unit) => (
              <Table.Tr key={unit.id}>
                <Table.Td>
                  <AnchorLink to="/administration/organisations/$orgUnitId" params={{ orgUnitId: unit.id }}>
                    {unit.name}
                  </AnchorLink>
                  {unit.shortName ? (
                    <Text span size="sm" c="gray.7">
                      {' '}
                      ({unit.shortName})
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color="gray">
                    {orgKindLabel(t, unit.kind)}
                  </Badge>
                </Table.Td>
                <Table.Td>{unit.finess ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{unit.path.map((ancestor) => ancestor.name).join(' › ') || '—'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPagination page={page} pageSize={PAGE_SIZE} total={total} onChange={onPageChange} />
    </Stack>
  );
}
