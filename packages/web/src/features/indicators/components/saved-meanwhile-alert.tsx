import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown on 412: what someone saved while this user was typing. Nothing typed
 * is lost: the user takes their version, or keeps the typing and saves over
 * it knowingly.
 */
export function SavedMeanwhileAlert({
  title,
  savedLine,
  children,
  onTakeTheirs,
  onKeepMine,
}: {
  title: string;
  /** "Votre saisie n’a pas été enregistrée. … enregistrée le …" */
  savedLine: string;
  /** The other person's version. */
  children: ReactNode;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="alert" icon={<IconGitMerge aria-hidden />} title={title}>
      <Stack gap="xs">
        <Text size="sm">{savedLine}</Text>
        <Stack gap={2}>{children}</Stack>
        <Group gap="sm">
          <Button size="xs" onClick={onTakeTheirs}>
            {t('Reprendre leur version')}
          </Button>
          <Button size="xs" variant="default" onClick={onKeepMine}>
            {t('Garder ma saisie')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
