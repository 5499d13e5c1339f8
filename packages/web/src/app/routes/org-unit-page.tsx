import { Anchor, Breadcrumbs, Stack, Tabs, Text } from '@mantine/core';
import { IconBuildingHospital } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { AuditHistory } from '../../features/audit/components/audit-history.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { useOrgUnit } from '../../features/org-units/api/get-org-unit.ts';
import { EditOrgUnitForm } from '../../features/org-units/components/edit-org-unit-form.tsx';
import { OrgUnitDetails } from '../../features/org-units/components/org-unit-details.tsx';
import { OrgUnitChildren } from '../../features/org-units/components/org-unit-tree.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { orgKindLabel } from '../../lib/labels.ts';
import type { Me } from '@jalon/contract/account/me';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { canOpenAssociatedGht, hasPermission, orgUnitRights, readableAncestors } from '../permissions.ts';
import { OrgUnitActions } from './org-unit-actions.tsx';

// Looked up by id rather than imported from the router, which imports this page.
const orgUnitRoute = getRouteApi('/app/administration/organisations/$orgUnitId');
function UnitBreadcrumbs({ unit, me }: { unit: OrgUnitView; me: Me }) {
  const { t } = useTranslation();
  const readable = readableAncestors(me, unit.path);
  return (
    <nav aria-label={t('Fil d’Ariane')}>
      <Breadcrumbs mb="sm" separatorMargin={6}>
        <AnchorLink to="/administration/organisations">{t('Organisations')}</AnchorLink>
        {unit.path.map((ancestor, index) =>
          readable[index] ? (
            <AnchorLink
              key={ancestor.id}
              to="/administration/organisations/$orgUnitId"
              params={{ orgUnitId: ancestor.id }}
            >
              {ancestor.name}
            </AnchorLink>
          ) : (
            <Text key={ancestor.id} span size="sm" c="gray.8">
              {ancestor.name}
            </Text>
          ),
        )}
        <Anchor component="span" c="gray.8" aria-current="page" underline="never">
          {unit.name}
        </Anchor>
      </Breadcrumbs>
    </nav>
  );
}

function UnitView({ unit, me }: { unit: OrgUnitView; me: Me }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const rights = orgUnitRights(me, unit);
  const canReadAudit = hasPermission(me, 'audit.read');
  return (
    <>
      <UnitBreadcrumbs unit={unit} me={me} />
      <PageHeader
        title={unit.name}
        description={orgKindLabel(t, unit.kind)}
        actions={
          <>
            {unit.kind === 'establishment' ? (
              <ButtonLink
                to="/cpom/etablissements/$orgUnitId"
                params={{ orgUnitId: unit.id }}
                search={{}}
                variant="light"
              >
                {t('Cibles CPOM')}
              </ButtonLink>
            ) : null}
            {rights.edit ? (
              <OrgUnitActions unit={unit} rights={rights} editing={editing} onEdit={() => setEditing(true)} />
            ) : null}
          </>
        }
      />
      <Tabs defaultValue="details" keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="details">{t('Informations')}</Tabs.Tab>
          <Tabs.Tab value="children">{t('Sous-organisations ({{number}})', { number: unit.childCount })}</Tabs.Tab>
          {canReadAudit ? <Tabs.Tab value="history">{t('Historique')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="details">
          {editing ? (
            <EditOrgUnitForm key={unit.id} unit={unit} onDone={() => setEditing(false)} />
          ) : (
            <OrgUnitDetails unit={unit} canOpen={(ghtId) => canOpenAssociatedGht(me, unit, ghtId)} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="children">
          {unit.childCount > 0 ? (
            <OrgUnitChildren parentId={unit.id} />
          ) : (
            <Text c="gray.7">{t('Cette organisation ne contient aucune sous-organisation.')}</Text>
          )}
        </Tabs.Panel>
        {canReadAudit ? (
          <Tabs.Panel value="history">
            <AuditHistory entityType="org_unit" entityId={unit.id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}

export function OrgUnitPage() {
  const { t } = useTranslation();
  const { orgUnitId } = orgUnitRoute.useParams();
  const unit = useOrgUnit(orgUnitId);
  const me = useSession().data?.user;
  if (unit.isPending || !me) return <PageSkeleton rows={6} />;
  if (unit.isError) {
    if (isApiError(unit.error) && unit.error.status === 404) {
      return (
        <Stack>
          <PageHeader title={t('Organisation introuvable')} />
          <EmptyState
            icon={<IconBuildingHospital aria-hidden />}
            title={t('Cette organisation n’existe pas ou est hors de votre périmètre')}
          >
            <ButtonLink to="/administration/organisations">{t('Retour aux organisations')}</ButtonLink>
          </EmptyState>
        </Stack>
      );
    }
    return (
      <>
        <PageHeader title={t('Organisation')} />
        <ErrorAlert error={unit.error} />
      </>
    );
  }
  return <UnitView key={unit.data.id} unit={unit.data} me={me} />;
}
