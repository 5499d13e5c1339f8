import { Center, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../features/account/components/language-switch.tsx';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { storeLocale } from '../../lib/locale.ts';
import type { SessionResponse } from '@jalon/contract/auth/login';

// Looked up by id rather than imported from the router, which imports this page.
const loginRoute = getRouteApi('/connexion');

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const { redirect } = loginRoute.useSearch();
  useEffect(() => {
    document.title = `${t('Connexion')} · Jalon`;
  }, [t]);
  const onSuccess = (session: SessionResponse) => {
    // The account's language wins over the one picked on this login page.
    storeLocale(session.user.locale);
    void i18n.changeLanguage(session.user.locale);
    router.history.push(redirect ?? '/');
  };
  return (
    <Container size={440} py={48}>
      <header>
        <Center mb="md">
          <LanguageSwitch signedIn={false} />
        </Center>
      </header>
      <main id="main-content">
        <Stack gap={4} mb="lg" ta="center">
          <Title order={1}>{t('Connexion à Jalon')}</Title>
          <Text c="gray.7">{t('Pilotage des projets et contrats des établissements de santé')}</Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <LoginForm onSuccess={onSuccess} />
        </Paper>
      </main>
    </Container>
  );
}
