import { Tabs } from '@mantine/core';
import { IconDevices, IconKey, IconLock, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { PasswordForm } from '../../features/account/components/password-form.tsx';
import { ProfileForm } from '../../features/account/components/profile-form.tsx';
import { SessionsPanel } from '../../features/account/components/sessions-panel.tsx';
import { TokensPanel } from '../../features/account/components/tokens-panel.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';

export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  const me = session.data?.user;
  return (
    <>
      <PageHeader title={t('Mon compte')} />
      {me ? (
        <Tabs defaultValue="profile" keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="profile" leftSection={<IconUser size={16} aria-hidden />}>
              {t('Profil')}
            </Tabs.Tab>
            <Tabs.Tab value="password" leftSection={<IconLock size={16} aria-hidden />}>
              {t('Mot de passe')}
            </Tabs.Tab>
            <Tabs.Tab value="tokens" leftSection={<IconKey size={16} aria-hidden />}>
              {t('Jetons d’API')}
            </Tabs.Tab>
            <Tabs.Tab value="sessions" leftSection={<IconDevices size={16} aria-hidden />}>
              {t('Sessions')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="profile">
            {/* Re-created when the account changes elsewhere (header language switch). */}
            <ProfileForm key={`${me.locale}:${me.displayName}`} me={me} />
          </Tabs.Panel>
          <Tabs.Panel value="password">
            <PasswordForm />
          </Tabs.Panel>
          <Tabs.Panel value="tokens">
            <TokensPanel />
          </Tabs.Panel>
          <Tabs.Panel value="sessions">
            <SessionsPanel />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <PageSkeleton />
      )}
    </>
  );
}
