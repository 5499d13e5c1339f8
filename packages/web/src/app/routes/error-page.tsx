import { Button, Container, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';

/** A page that failed to load (server unreachable, unexpected answer), with a way to try again. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const retry = () => {
    queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' }).catch(() => undefined);
    reset();
    void router.invalidate();
  };
  return (
    <Stack>
      <PageHeader title={t('La page n’a pas pu être affichée')} />
      <ErrorAlert error={error} />
      <Button w="fit-content" onClick={retry}>
        {t('Réessayer')}
      </Button>
    </Stack>
  );
}

/** The same outside the signed-in layout, which then provides no main landmark. */
export function RootErrorPage(props: ErrorComponentProps) {
  return (
    <Container component="main" id="main-content" size="md" py="xl">
      <ErrorPage {...props} />
    </Container>
  );
}
