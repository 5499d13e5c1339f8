import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format.ts';
import type { StoredValue, TargetItem } from '@jalon/contract/indicators/establishment-targets';
import { reportedLines } from './reported-value.ts';
import { SavedMeanwhileAlert } from '../saved-meanwhile-alert.tsx';

/** The value someone saved while this user was typing, with its comment. */
export function ValueConflictAlert({
  item,
  current,
  onTakeTheirs,
  onKeepMine,
}: {
  item: TargetItem;
  current: StoredValue;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = current.updatedBy?.name ?? t('quelqu’un d’autre');
  const lines = reportedLines(t, { ...item, reported: current.value }, i18n.language);
  return (
    <SavedMeanwhileAlert
      title={t('Valeur modifiée entre-temps par {{name}}', { name })}
      savedLine={t('Votre saisie n’a pas été enregistrée. Valeur enregistrée le {{date}} :', {
        date: formatDateTime(current.updatedAt, i18n.language),
      })}
      onTakeTheirs={onTakeTheirs}
      onKeepMine={onKeepMine}
    >
      {lines.map((line) => (
        <Text size="sm" fw={600} key={line}>
          {line}
        </Text>
      ))}
      {current.value.comment ? (
        <Text size="sm">{t('Commentaire : {{comment}}', { comment: current.value.comment })}</Text>
      ) : null}
    </SavedMeanwhileAlert>
  );
}
