import { Button, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ListPagination } from '../../components/list-pagination.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { useUsers } from '../../features/users/api/get-users.ts';
import { CreateUserForm } from '../../features/users/components/create-user-form.tsx';
import { UsersTable } from '../../features/users/components/users-table.tsx';
import { hasPermission } from '../permissions.ts';

// Looked up by id rather than imported from the router, which imports this page.
const usersRoute = getRouteApi('/app/administration/utilisateurs');

const PAGE_SIZE = 50;

function UsersResults({
  q,
  page,
  onPageChange,
}: {
  q: string | undefined;
  page: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const users = useUsers({ page, pageSize: PAGE_SIZE, ...(q ? { q } : {}) });
  if (users.isPending) return <PageSkeleton rows={6} />;
  if (users.isError) return <ErrorAlert error={users.error} />;
  if (users.data.items.length === 0) {
    return (
      <EmptyState
        icon={<IconUsers aria-hidden />}
        title={
          q ? t('Aucun utilisateur ne correspond à « {{q}} »', { q }) : t('Aucun utilisateur dans votre périmètre')
        }
      />
    );
  }
  // While a new search runs, the previous rows stay under the new caption:
  // aria-busy tells screen readers not to read them as its results yet.
  return (
    <Stack aria-busy={users.isPlaceholderData || undefined}>
      <UsersTable
        users={users.data.items}
        caption={q ? t('Utilisateurs correspondant à « {{q}} »', { q }) : t('Utilisateurs de votre périmètre')}
      />
      <ListPagination page={page} pageSize={PAGE_SIZE} total={users.data.total} onChange={onPageChange} />
    </Stack>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const { q, page } = usersRoute.useSearch();
  const navigate = usersRoute.useNavigate();
  const [creating, { open, close }] = useDisclosure(false);
  const me = useSession().data?.user;
  const canWrite = me ? hasPermission(me, 'users.write') : false;
  return (
    <>
      <PageHeader
        title={t('Utilisateurs')}
        description={t('Comptes des personnes de votre périmètre et rôles qui leur sont attribués.')}
        actions={
          canWrite ? (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={open}>
              {t('Nouvel utilisateur')}
            </Button>
          ) : null
        }
      />
      <Stack>
        <SearchField
          label={t('Rechercher un utilisateur')}
          description={t('Par nom ou adresse e-mail.')}
          query={q}
          onSearch={(value) => void navigate({ search: value ? { q: value } : {}, replace: true })}
        />
        <UsersResults
          q={q}
          page={page ?? 1}
          onPageChange={(next) => void navigate({ search: { ...(q ? { q } : {}), page: next } })}
        />
      </Stack>
      <Modal opened={creating} onClose={close} title={t('Nouvel utilisateur')} size="lg">
        <CreateUserForm
          onCancel={close}
          onCreated={(user) => {
            close();
            void navigate({ to: '/administration/utilisateurs/$userId', params: { userId: user.id } });
          }}
        />
      </Modal>
    </>
  );
}
