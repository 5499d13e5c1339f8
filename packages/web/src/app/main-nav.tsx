import { Stack, Text } from '@mantine/core';
import {
  IconBuildingHospital,
  IconCalendarEvent,
  IconChartBar,
  IconFileCertificate,
  IconGauge,
  IconHome,
  IconListCheck,
  IconUsers,
} from '@tabler/icons-react';
import { useMatchRoute } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLinkLink } from '../components/router-links.tsx';
import type { Me } from '@jalon/contract/account/me';
import { canManageOrgUnits, canReadUsers } from './permissions.ts';

type NavTarget =
  | '/'
  | '/plans'
  | '/indicateurs'
  | '/cpom'
  | '/instances'
  | '/tableaux-de-bord'
  | '/administration/organisations'
  | '/administration/utilisateurs';

function Item({
  to,
  label,
  icon,
  onNavigate,
}: {
  to: NavTarget;
  label: string;
  icon: ReactNode;
  onNavigate: () => void;
}) {
  const matchRoute = useMatchRoute();
  const active = Boolean(matchRoute({ to, fuzzy: to !== '/' }));
  return <NavLinkLink to={to} label={label} leftSection={icon} active={active} onClick={onNavigate} />;
}

export function MainNav({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation();
  const showOrgUnits = canManageOrgUnits(me);
  const showUsers = canReadUsers(me);
  const icon = { size: 20, stroke: 1.6, 'aria-hidden': true } as const;
  return (
    <Stack gap={2}>
      <Item to="/" label={t('Accueil')} icon={<IconHome {...icon} />} onNavigate={onNavigate} />
      <Item to="/plans" label={t('Plans')} icon={<IconListCheck {...icon} />} onNavigate={onNavigate} />
      <Item to="/indicateurs" label={t('Indicateurs')} icon={<IconChartBar {...icon} />} onNavigate={onNavigate} />
      <Item to="/cpom" label={t('CPOM')} icon={<IconFileCertificate {...icon} />} onNavigate={onNavigate} />
      <Item to="/instances" label={t('Instances')} icon={<IconCalendarEvent {...icon} />} onNavigate={onNavigate} />
      <Item
        to="/tableaux-de-bord"
        label={t('Tableaux de bord')}
        icon={<IconGauge {...icon} />}
        onNavigate={onNavigate}
      />
      {showOrgUnits || showUsers ? (
        <div role="group" aria-labelledby="nav-administration">
          <Text id="nav-administration" size="xs" fw={700} tt="uppercase" c="gray.7" mt="md" mb={4} px="sm">
            {t('Administration')}
          </Text>
          {showOrgUnits ? (
            <Item
              to="/administration/organisations"
              label={t('Organisations')}
              icon={<IconBuildingHospital {...icon} />}
              onNavigate={onNavigate}
            />
          ) : null}
          {showUsers ? (
            <Item
              to="/administration/utilisateurs"
              label={t('Utilisateurs')}
              icon={<IconUsers {...icon} />}
              onNavigate={onNavigate}
            />
          ) : null}
        </div>
      ) : null}
    </Stack>
  );
}
