import { Breadcrumbs, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { grantableRoles } from '@jalon/domain/access/grant-policy';
import { getRouteApi } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { AuditHistory } from '../../features/audit/components/audit-history.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { OrgUnitPicker } from '../../features/org-units/components/org-unit-picker.tsx';
import { useUser } from '../../features/users/api/get-user.ts';
import { AddGrantForm } from '../../features/users/components/add-grant-form.tsx';
import { GrantsPanel } from '../../features/users/components/grants-panel.tsx';
import { UserAccountActions } from '../../features/users/components/user-account-actions.tsx';
import { UserStatusBadge } from '../../features/users/components/user-status-badge.tsx';
import { isApiError } from '../../lib/api-client.ts';
import type { UserView } from '@jalon/contract/users/user';
import { hasPermission } from '../permissions.ts';

// Looked up by id rather than imported from the router, which imports this page.
const userRoute = getRouteApi('/app/administration/utilisateurs/$userId');

function UserView({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const me = useSession().data?.user;
  const canWrite = me ? hasPermission(me, 'users.write') : false;
  const canReadAudit = me ? hasPermission(me, 'audit.read') : false;
  const linkUnits = me ? hasPermission(me, 'org.read') : false;
  return (
    <>
      <nav aria-label={t('Fil d’Ariane')}>
        <Breadcrumbs mb="sm">
          <AnchorLink to="/administration/utilisateurs">{t('Utilisateurs')}</AnchorLink>
          <Text component="span" aria-current="page">
            {user.displayName}
          </Text>
        </Breadcrumbs>
      </nav>
      <PageHeader title={user.displayName} description={user.email} actions={<UserStatusBadge user={user} />} />
      <Tabs defaultValue="roles" keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="roles">{t('Rôles')}</Tabs.Tab>
          <Tabs.Tab value="account">{t('Compte')}</Tabs.Tab>
          {canReadAudit ? <Tabs.Tab value="history">{t('Historique')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="roles">
          <GrantsPanel
            user={user}
            canWrite={canWrite}
            renderUnitLink={(id, name) =>
              linkUnits ? (
                <AnchorLink to="/administration/organisations/$orgUnitId" params={{ orgUnitId: id }}>
                  {name}
                </AnchorLink>
              ) : (
                name
              )
            }
            addForm={
              <AddGrantForm
                userId={user.id}
                roles={me ? grantableRoles(me.grants) : []}
                renderOrgUnitField={(props) => <OrgUnitPicker {...props} />}
              />
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="account">
          <Group align="flex-start">
            <UserAccountActions user={user} canWrite={canWrite} />
          </Group>
        </Tabs.Panel>
        {canReadAudit ? (
          <Tabs.Panel value="history">
            <AuditHistory entityType="user" entityId={user.id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}

export function UserPage() {
  const { t } = useTranslation();
  const { userId } = userRoute.useParams();
  const user = useUser(userId);
  if (user.isPending) return <PageSkeleton rows={6} />;
  if (user.isError) {
    if (isApiError(user.error) && user.error.status === 404) {
      return (
        <Stack>
          <PageHeader title={t('Utilisateur introuvable')} />
          <EmptyState
            icon={<IconUserQuestion aria-hidden />}
            title={t('Cet utilisateur n’existe pas ou est hors de votre périmètre')}
          >
            <ButtonLink to="/administration/utilisateurs">{t('Retour aux utilisateurs')}</ButtonLink>
          </EmptyState>
        </Stack>
      );
    }
    return (
      <>
        <PageHeader title={t('Utilisateur')} />
        <ErrorAlert error={user.error} />
      </>
    );
  }
  return <UserView user={user.data} />;
}
