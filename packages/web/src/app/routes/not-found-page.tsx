import { Container, Stack } from '@mantine/core';
import { IconMapPinQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ButtonLink } from '../../components/router-links.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('Page introuvable')} />
      <EmptyState
        icon={<IconMapPinQuestion aria-hidden />}
        title={t('Cette adresse ne correspond à aucune page de Jalon')}
        description={t('Le lien est peut-être incomplet, ou la page a été déplacée.')}
      >
        <ButtonLink to="/">{t('Retour à l’accueil')}</ButtonLink>
      </EmptyState>
    </Stack>
  );
}

/** Outside the signed-in layout (unknown top-level address) the page brings its own main landmark. */
export function RootNotFoundPage() {
  return (
    <Container component="main" id="main-content" size="md" py="xl">
      <NotFoundPage />
    </Container>
  );
}
