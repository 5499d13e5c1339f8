import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { CreatedToken } from '@jalon/contract/account/api-token';

/** Shows a new token's secret the only time it is readable, with a copy button. */
export function CreatedTokenAlert({ token, onDismiss }: { token: CreatedToken; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconKey aria-hidden />}
      title={t('Jeton « {{name}} » créé', { name: token.name })}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('Copiez ce jeton maintenant : il ne sera plus jamais affiché. Conservez-le comme un mot de passe.')}
        </Text>
        <Text size="sm">
          {t('Il fonctionnera jusqu’au {{date}}.', { date: formatDateTime(token.expiresAt, i18n.language) })}
        </Text>
        <Code block aria-label={t('Valeur du jeton')}>
          {token.token}
        </Code>
        <Group>
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                color={copied ? 'teal.9' : 'indigo.8'}
                leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                onClick={copy}
              >
                {copied ? t('Jeton copié') : t('Copier le jeton')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t('J’ai copié le jeton')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
