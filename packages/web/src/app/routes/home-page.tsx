import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { orgKindLabel, roleLabel } from '../../lib/labels.ts';
import type { Me } from '../../types/api.ts';
import { canManageOrgUnits, hasPermission } from '../permissions.ts';

function Grants({ me }: { me: Me }) {
  const { t } = useTranslation();
  const linkUnits = hasPermission(me, 'org.read');
  if (me.grants.length === 0) {
    return (
      <EmptyState
        icon={<IconShieldCheck aria-hidden />}
        title={t('Aucun rôle ne vous est attribué')}
        description={t('Demandez à l’administrateur de votre établissement de vous attribuer un rôle sur votre périmètre.')}
      />
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {me.grants.map((grant) => (
        <Card key={grant.id} withBorder padding="md">
          <Stack gap={6}>
            <Text fw={600}>{roleLabel(t, grant.role)}</Text>
            <Group gap="xs">
              <Badge variant="light" color="gray">{orgKindLabel(t, grant.orgUnitKind)}</Badge>
            </Group>
            {linkUnits ? (
              <AnchorLink to="/administration/organisations/$orgUnitId" params={{ orgUnitId: grant.orgUnitId }}>
                {grant.orgUnitName}
              </AnchorLink>
            ) : (
              <Text>{grant.orgUnitName}</Text>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useSession().data?.user;
  if (!me) return <PageSkeleton />;
  return (
    <>
      <PageHeader title={t('Bonjour {{name}}', { name: me.displayName })} description={me.email} />
      <Stack gap="xl">
        <section aria-labelledby="home-roles">
          <Title order={2} size="h3" id="home-roles" mb="sm">
            {t('Mes rôles et périmètres')}
          </Title>
          <Text c="gray.7" size="sm" mb="md">
            {t('Chaque rôle s’exerce sur une organisation et sur tout ce qu’elle regroupe.')}
          </Text>
          {me.isPlatformAdmin ? (
            <Badge color="indigo" variant="filled" mb="md">{t('Administrateur de la plateforme')}</Badge>
          ) : null}
          <Grants me={me} />
        </section>
        <section aria-labelledby="home-permissions">
          <Title order={2} size="h3" id="home-permissions" mb="sm">
            {t('Ce que vous pouvez faire')}
          </Title>
          <List size="sm">
            {hasPermission(me, 'org.read') ? <List.Item>{t('Consulter les organisations de votre périmètre')}</List.Item> : null}
            {canManageOrgUnits(me) ? <List.Item>{t('Créer et modifier des organisations')}</List.Item> : null}
            {hasPermission(me, 'users.read') ? <List.Item>{t('Consulter les utilisateurs')}</List.Item> : null}
            {hasPermission(me, 'users.write') ? <List.Item>{t('Gérer les comptes et les rôles')}</List.Item> : null}
            {hasPermission(me, 'audit.read') ? <List.Item>{t('Consulter l’historique des modifications')}</List.Item> : null}
          </List>
        </section>
      </Stack>
    </>
  );
}
