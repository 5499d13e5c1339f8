import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { TargetOverride } from '../../../types/api.ts';

/**
 * Shown on 412: the rule someone negotiated while this user was typing. Nothing
 * typed is lost: the user takes their version, or keeps the typing and saves over it knowingly.
 */
export function NegotiationConflictAlert({ current, onTakeTheirs, onKeepMine }: {
  current: TargetOverride;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = current.updatedBy?.name ?? t('quelqu’un d’autre');
  return (
    <Alert color="orange" variant="light" role="alert" icon={<IconGitMerge aria-hidden />} title={t('Cible négociée modifiée entre-temps par {{name}}', { name })}>
      <Stack gap="xs">
        <Text size="sm">
          {t('Votre saisie n’a pas été enregistrée. Cible enregistrée le {{date}} :', { date: formatDateTime(current.updatedAt, i18n.language) })}
        </Text>
        <Stack gap={2}>
          <Text size="sm" fw={600}>{current.component ? `${current.component.label} : ${current.ruleText}` : current.ruleText}</Text>
          <Text size="sm">{t('Motif : {{reason}}', { reason: current.reason })}</Text>
        </Stack>
        <Group gap="sm">
          <Button size="xs" onClick={onTakeTheirs}>{t('Reprendre leur version')}</Button>
          <Button size="xs" variant="default" onClick={onKeepMine}>{t('Garder ma saisie')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
