import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/error-messages.ts';

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={title ?? t('Erreur')}
    >
      {errorMessage(t, error, i18n.language)}
    </Alert>
  );
}
