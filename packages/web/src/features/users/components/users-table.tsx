import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { roleLabel } from '../../../lib/labels.ts';
import type { UserView } from '@jalon/contract/users/user';
import { UserStatusBadge } from './user-status-badge.tsx';

export function UsersTable({ users, caption }: { users: UserView[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('Nom')}</Table.Th>
            <Table.Th scope="col">{t('Adresse e-mail')}</Table.Th>
            <Table.Th scope="col">{t('État')}</Table.Th>
            <Table.Th scope="col">{t('Rôles')}</Table.Th>
            <Table.Th scope="col">{t('Dernière connexion')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <AnchorLink to="/administration/utilisateurs/$userId" params={{ userId: user.id }}>
                  {user.displayName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {user.grants.length === 0
                    ? t('Aucun')
                    : user.grants.map((grant) => `${roleLabel(t, grant.role)} — ${grant.orgUnitName}`).join(' ; ')}
                </Text>
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t('Jamais')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
