import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../components/router-links.tsx';
import { PageSkeleton } from '../components/page-skeleton.tsx';
import { LanguageSwitch } from '../features/account/components/language-switch.tsx';
import { useSession } from '../features/auth/api/get-session.ts';
import { MainNav } from './main-nav.tsx';
import { UserMenu } from './user-menu.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below the md breakpoint the navigation slides off screen; `inert` keeps its
  // links out of the tab order while it is closed.
  const compact = useMediaQuery('(max-width: 61.99em)') ?? false;
  const session = useSession();
  const navigate = useNavigate();
  const me = session.data?.user;

  useEffect(() => {
    if (session.data === null) void navigate({ to: '/connexion' });
  }, [session.data, navigate]);
  useFocusMainOnPageChange();

  if (!me) return <PageSkeleton />;
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('Aller au contenu principal')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'md', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={opened ? t('Fermer le menu de navigation') : t('Ouvrir le menu de navigation')}
                aria-controls="main-navigation"
                aria-expanded={opened}
              />
              <AnchorLink to="/" fw={800} fz="xl" c="indigo.9" underline="never">
                Jalon
              </AnchorLink>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch signedIn />
              <UserMenu me={me} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar id="main-navigation" p="sm" aria-label={t('Navigation principale')} inert={compact && !opened}>
          <MainNav me={me} onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}

/**
 * After a client-side page change, screen-reader and keyboard users would stay
 * on the link they followed; moving focus to the main region makes the new
 * page start where a full page load would. The first render is left alone.
 */
function useFocusMainOnPageChange(): void {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main-content')?.focus();
  }, [pathname]);
}
