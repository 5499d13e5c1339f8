import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../features/auth/api/logout.ts';
import type { Me } from '@jalon/contract/account/me';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout({ onSettled: () => void navigate({ to: '/connexion' }) });
  return (
    // Mantine's focus placeholder would sit inside role="menu", where only menu
    // items may live; without it focus goes to the first item, as ARIA menus expect.
    <Menu position="bottom-end" width={220} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          leftSection={<IconUserCircle size={20} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('Menu {{name, de}}', { name: me.displayName })}
        >
          <span className="user-menu-name">{me.displayName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/mon-compte" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('Mon compte')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => logout.mutate()}>
          {t('Déconnexion')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
