import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format.ts';
import type { Override } from '@jalon/contract/indicators/negotiated-target';
import { SavedMeanwhileAlert } from '../saved-meanwhile-alert.tsx';

/** The rule someone negotiated while this user was typing, with its reason. */
export function NegotiationConflictAlert({
  current,
  onTakeTheirs,
  onKeepMine,
}: {
  current: Override;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = current.updatedBy?.name ?? t('quelqu’un d’autre');
  return (
    <SavedMeanwhileAlert
      title={t('Cible négociée modifiée entre-temps par {{name}}', { name })}
      savedLine={t('Votre saisie n’a pas été enregistrée. Cible enregistrée le {{date}} :', {
        date: formatDateTime(current.updatedAt, i18n.language),
      })}
      onTakeTheirs={onTakeTheirs}
      onKeepMine={onKeepMine}
    >
      <Text size="sm" fw={600}>
        {current.component ? `${current.component.label} : ${current.ruleText}` : current.ruleText}
      </Text>
      <Text size="sm">{t('Motif : {{reason}}', { reason: current.reason })}</Text>
    </SavedMeanwhileAlert>
  );
}
