import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ListPagination } from '../../../components/list-pagination.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageSkeleton } from '../../../components/page-skeleton.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { AuditEntry } from '@jalon/contract/audit/audit-entry';
import { useAudit, type AuditEntityType } from '../api/get-audit.ts';
import { asSnapshot, diffSnapshots } from './audit-diff.ts';
import { actionLabel, fieldLabel } from './audit-labels.ts';
import { formatAuditValue } from './audit-values.ts';

const PAGE_SIZE = 20;

function EntryChanges({ entry, references }: { entry: AuditEntry; references: Readonly<Record<string, string>> }) {
  const { t, i18n } = useTranslation();
  const changes = diffSnapshots(asSnapshot(entry.before), asSnapshot(entry.after));
  if (changes.length === 0) {
    return entry.action === 'update' ? (
      <Text size="sm" c="dimmed">
        {t('Enregistré sans changement de valeur.')}
      </Text>
    ) : null;
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder fz="sm">
        <Table.Caption>
          {t('Champs modifiés le {{date}}', { date: formatDateTime(entry.at, i18n.language) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('Champ')}</Table.Th>
            <Table.Th scope="col">{t('Avant')}</Table.Th>
            <Table.Th scope="col">{t('Après')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row" fw={500}>
                {fieldLabel(t, change.field)}
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {formatAuditValue(t, change.field, change.before, references)}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {formatAuditValue(t, change.field, change.after, references)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Who changed what and when, newest first, for one resource. */
export function AuditHistory({ entityType, entityId }: { entityType: AuditEntityType; entityId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const audit = useAudit({ entityType, entityId, page, pageSize: PAGE_SIZE });
  if (audit.isPending) return <PageSkeleton rows={3} />;
  if (audit.isError) return <ErrorAlert error={audit.error} />;
  const { items, total, references } = audit.data;
  if (items.length === 0) {
    return <EmptyState icon={<IconHistory aria-hidden />} title={t('Aucune modification enregistrée')} />;
  }
  return (
    <Stack>
      <Stack
        component="ol"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('Historique des modifications')}
      >
        {items.map((entry) => (
          <Card component="li" key={entry.id} withBorder padding="sm">
            <Group justify="space-between" mb="xs" wrap="wrap">
              <Group gap="xs">
                <Badge variant="light" color="indigo">
                  {actionLabel(t, entry.action)}
                </Badge>
                <Text size="sm" fw={500}>
                  {entry.actor?.displayName ?? t('Système')}
                </Text>
              </Group>
              <Text size="sm" c="gray.7">
                <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
              </Text>
            </Group>
            <EntryChanges entry={entry} references={references} />
          </Card>
        ))}
      </Stack>
      <ListPagination page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
    </Stack>
  );
}
