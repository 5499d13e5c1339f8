import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageSkeleton } from '../../../components/page-skeleton.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { SessionView } from '@jalon/contract/account/session';
import { useSessions } from '../api/get-sessions.ts';
import { useRevokeSession } from '../api/revoke-session.ts';
import { describeDevice } from './session-device.ts';

function SessionRow({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const revokeSession = useRevokeSession();
  const openedAt = formatDateTime(session.createdAt, i18n.language);
  return (
    <Table.Tr>
      <Table.Td maw={320}>
        <Text span size="sm" title={session.userAgent ?? undefined}>
          {describeDevice(t, session.userAgent)}
        </Text>{' '}
        {session.current ? (
          <Badge color="green" variant="dot">
            {t('Session actuelle')}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>{session.ip ?? t('Inconnue')}</Table.Td>
      <Table.Td>{formatDateTime(session.lastSeenAt, i18n.language)}</Table.Td>
      <Table.Td>{openedAt}</Table.Td>
      <Table.Td>
        {session.current ? (
          <Text size="sm" c="dimmed">
            {t('Utilisez « Déconnexion »')}
          </Text>
        ) : (
          <ConfirmButton
            size="xs"
            label={t('Fermer')}
            ariaLabel={t('Fermer la session ouverte le {{date}}', { date: openedAt })}
            title={t('Fermer cette session ?')}
            message={t('L’appareil concerné devra se reconnecter.')}
            confirmLabel={t('Fermer la session')}
            onConfirm={() => revokeSession.mutateAsync(session.id)}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function SessionsPanel() {
  const { t } = useTranslation();
  const sessions = useSessions();
  if (sessions.isPending) return <PageSkeleton rows={3} />;
  if (sessions.isError) return <ErrorAlert error={sessions.error} />;
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        {t('Fermez une session que vous ne reconnaissez pas, puis changez votre mot de passe.')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Caption>{t('Vos sessions ouvertes')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('Appareil')}</Table.Th>
              <Table.Th scope="col">{t('Adresse IP')}</Table.Th>
              <Table.Th scope="col">{t('Dernière utilisation')}</Table.Th>
              <Table.Th scope="col">{t('Ouverte le')}</Table.Th>
              <Table.Th scope="col">{t('Actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.data.items.map((session) => (
              <SessionRow key={session.id} session={session} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
