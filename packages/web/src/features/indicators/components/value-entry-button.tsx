import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetItem } from '../../../types/api.ts';

/**
 * Whether a value may be entered: not where the fiche's applicability rules the
 * establishment out, the only reason whose text names its cause after "Sans objet :".
 */
export function acceptsValue(item: TargetItem): boolean {
  return !(item.judgement === 'not-applicable' && item.targets.some((target) => target.status === 'not-applicable' && target.text.startsWith('Sans objet :')));
}

/** "Saisir" or "Modifier", named after the indicator's code for screen readers. */
export function ValueEntryButton({ item, onEnter }: { item: TargetItem; onEnter: (item: TargetItem) => void }) {
  const { t } = useTranslation();
  if (!acceptsValue(item)) return null;
  const label = item.reported ? t('Modifier la valeur de {{code}}', { code: item.code }) : t('Saisir la valeur de {{code}}', { code: item.code });
  return (
    <Button size="xs" variant={item.reported ? 'default' : 'light'} aria-label={label} onClick={() => onEnter(item)}>
      {item.reported ? t('Modifier') : t('Saisir')}
    </Button>
  );
}
