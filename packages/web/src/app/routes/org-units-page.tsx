import { Button, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { CreateOrgUnitForm } from '../../features/org-units/components/create-org-unit-form.tsx';
import { OrgUnitSearchResults } from '../../features/org-units/components/org-unit-search-results.tsx';
import { OrgUnitTree } from '../../features/org-units/components/org-unit-tree.tsx';

// Looked up by id rather than imported from the router, which imports this page.
const orgUnitsRoute = getRouteApi('/app/administration/organisations');

export function OrgUnitsPage() {
  const { t } = useTranslation();
  const { q, page } = orgUnitsRoute.useSearch();
  const navigate = orgUnitsRoute.useNavigate();
  const [creating, { open, close }] = useDisclosure(false);
  const isPlatformAdmin = useSession().data?.user.isPlatformAdmin ?? false;
  return (
    <>
      <PageHeader
        title={t('Organisations')}
        description={t('Régions, GHT, établissements, sites, pôles et services de votre périmètre.')}
        actions={
          isPlatformAdmin ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              {t('Nouvelle région')}
            </Button>
          ) : null
        }
      />
      <Stack>
        <SearchField
          label={t('Rechercher une organisation')}
          description={t('Par nom, sigle ou numéro FINESS ; les accents sont ignorés.')}
          query={q}
          onSearch={(value) => void navigate({ search: value ? { q: value } : {}, replace: true })}
        />
        {q ? (
          <OrgUnitSearchResults
            q={q}
            page={page ?? 1}
            onPageChange={(next) => void navigate({ search: { q, page: next } })}
          />
        ) : (
          <OrgUnitTree />
        )}
      </Stack>
      <Modal opened={creating} onClose={close} title={t('Nouvelle région')} size="lg">
        <CreateOrgUnitForm
          parentId={null}
          kinds={['region']}
          onCancel={close}
          onCreated={(unit) => {
            close();
            void navigate({ to: '/administration/organisations/$orgUnitId', params: { orgUnitId: unit.id } });
          }}
        />
      </Modal>
    </>
  );
}
