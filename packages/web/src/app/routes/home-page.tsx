import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { orgKindLabel, roleLabel } from '../../lib/labels.ts';
import type { Me } from '@jalon/contract/account/me';
import type { GrantView } from '@jalon/contract/users/grant';
import { homeActions } from '../home-actions.ts';
import { hasPermission } from '../permissions.ts';
import { CpomStatusTable } from './cpom-summary.tsx';

const ESTABLISHMENTS_SHOWN = 5;

/** One card per role, listing the organisations it is held on: a role held on three regions is named once. */
export function grantsByRole(grants: readonly GrantView[]): { role: GrantView['role']; grants: GrantView[] }[] {
  const byRole = new Map<GrantView['role'], GrantView[]>();
  for (const grant of grants) byRole.set(grant.role, [...(byRole.get(grant.role) ?? []), grant]);
  return [...byRole].map(([role, held]) => ({ role, grants: held }));
}

function Grants({ me }: { me: Me }) {
  const { t } = useTranslation();
  const linkUnits = hasPermission(me, 'org.read');
  if (me.grants.length === 0) {
    return (
      <EmptyState
        icon={<IconShieldCheck aria-hidden />}
        title={t('Aucun rôle ne vous est attribué')}
        description={t(
          'Demandez à l’administrateur de votre établissement de vous attribuer un rôle sur votre périmètre.',
        )}
      />
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {grantsByRole(me.grants).map(({ role, grants }) => (
        <Card key={role} withBorder padding="md">
          <Stack gap={6}>
            <Text fw={600}>{roleLabel(t, role)}</Text>
            {grants.map((grant) => (
              <Group key={grant.id} gap="xs" wrap="nowrap">
                {linkUnits ? (
                  <AnchorLink to="/administration/organisations/$orgUnitId" params={{ orgUnitId: grant.orgUnitId }}>
                    {grant.orgUnitName}
                  </AnchorLink>
                ) : (
                  <Text>{grant.orgUnitName}</Text>
                )}
                <Badge variant="light" color="gray" tt="none">
                  {orgKindLabel(t, grant.orgUnitKind)}
                </Badge>
              </Group>
            ))}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** Each role's starting point: where its work is, the figures it needs, and what it holds. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useSession().data?.user;
  if (!me) return <PageSkeleton />;
  return (
    <>
      <PageHeader title={t('Bonjour {{name}}', { name: me.displayName })} description={me.email} />
      <Stack gap="xl">
        <Section id="home-actions" title={t('Ce que vous pouvez faire')}>
          <List size="sm" spacing={4}>
            {homeActions(t, me).map((action) => (
              <List.Item key={action.label}>
                <AnchorLink to={action.to}>{action.label}</AnchorLink>
              </List.Item>
            ))}
          </List>
        </Section>
        <Section id="home-cpom" title={t('Vos CPOM')}>
          <CpomStatusTable limit={ESTABLISHMENTS_SHOWN} />
        </Section>
        <Section id="home-roles" title={t('Mes rôles et périmètres')}>
          <Text c="gray.7" size="sm" mb="md">
            {t('Chaque rôle s’exerce sur une organisation et sur tout ce qu’elle regroupe.')}
          </Text>
          {/* Said once: a platform-admin grant names the role already. */}
          {me.isPlatformAdmin && !me.grants.some((grant) => grant.role === 'platform-admin') ? (
            <Badge color="indigo" variant="filled" mb="md">
              {t('Administration de la plateforme')}
            </Badge>
          ) : null}
          <Grants me={me} />
        </Section>
      </Stack>
    </>
  );
}
