import { Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { orgKindLabel, roleLabel } from '../../../lib/labels.ts';
import type { UserView } from '@jalon/contract/users/user';
import { useDeleteGrant } from '../api/delete-grant.ts';

/** The user's roles, each on one organisation and its subtree. */
export function GrantsPanel({
  user,
  canWrite,
  renderUnitLink,
  addForm,
}: {
  user: UserView;
  canWrite: boolean;
  renderUnitLink: (id: string, name: string) => ReactNode;
  addForm: ReactNode;
}) {
  const { t } = useTranslation();
  const deleteGrant = useDeleteGrant();
  return (
    <Stack>
      {user.grants.length === 0 ? (
        <Text c="gray.7">{t('Aucun rôle n’est attribué à cette personne : elle ne voit aucune donnée.')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Caption>{t('Rôles de {{name}}', { name: user.displayName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('Rôle')}</Table.Th>
                <Table.Th scope="col">{t('Organisation')}</Table.Th>
                <Table.Th scope="col">{t('Type')}</Table.Th>
                {canWrite ? <Table.Th scope="col">{t('Actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {user.grants.map((grant) => (
                <Table.Tr key={grant.id}>
                  <Table.Td>{roleLabel(t, grant.role)}</Table.Td>
                  <Table.Td>{renderUnitLink(grant.orgUnitId, grant.orgUnitName)}</Table.Td>
                  <Table.Td>{orgKindLabel(t, grant.orgUnitKind)}</Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <ConfirmButton
                        size="xs"
                        label={t('Retirer')}
                        ariaLabel={t('Retirer le rôle {{role}} sur {{unit}}', {
                          role: roleLabel(t, grant.role),
                          unit: grant.orgUnitName,
                        })}
                        title={t('Retirer ce rôle ?')}
                        message={t('{{name}} perdra le rôle « {{role}} » sur {{unit}} et tout ce qu’elle regroupe.', {
                          name: user.displayName,
                          role: roleLabel(t, grant.role),
                          unit: grant.orgUnitName,
                        })}
                        confirmLabel={t('Retirer le rôle')}
                        onConfirm={() => deleteGrant.mutateAsync({ userId: user.id, grantId: grant.id })}
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canWrite ? (
        <>
          {/* The page has only its h1 above: an h3 here would skip a level. */}
          <Title order={2} size="h5">
            {t('Attribuer un rôle')}
          </Title>
          {addForm}
        </>
      ) : null}
    </Stack>
  );
}
