import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { StoredValue, TargetItem } from '../../../types/api.ts';
import { reportedLines } from './reported-value.ts';

/**
 * Shown on 412: the value someone saved while this user was typing. Nothing
 * typed is lost: the user either takes their version or keeps the typing and
 * saves over it knowingly.
 */
export function ValueConflictAlert({ item, current, onTakeTheirs, onKeepMine }: {
  item: TargetItem;
  current: StoredValue;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = current.updatedBy?.name ?? t('quelqu’un d’autre');
  const lines = reportedLines(t, { ...item, reported: current.value }, i18n.language);
  return (
    <Alert color="orange" variant="light" role="alert" icon={<IconGitMerge aria-hidden />} title={t('Valeur modifiée entre-temps par {{name}}', { name })}>
      <Stack gap="xs">
        <Text size="sm">
          {t('Votre saisie n’a pas été enregistrée. Valeur enregistrée le {{date}} :', { date: formatDateTime(current.updatedAt, i18n.language) })}
        </Text>
        <Stack gap={2}>
          {lines.map((line) => <Text size="sm" fw={600} key={line}>{line}</Text>)}
          {current.value.comment ? <Text size="sm">{t('Commentaire : {{comment}}', { comment: current.value.comment })}</Text> : null}
        </Stack>
        <Group gap="sm">
          <Button size="xs" onClick={onTakeTheirs}>{t('Reprendre leur version')}</Button>
          <Button size="xs" variant="default" onClick={onKeepMine}>{t('Garder ma saisie')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
