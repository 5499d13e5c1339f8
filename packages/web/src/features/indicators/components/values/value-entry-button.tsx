import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';

/**
 * Whether a value may be entered: not where the fiche's conditions rule the
 * establishment out, nor in a year the fiche does not measure. A year whose
 * target is only "Sans objet" still takes a value.
 */
export function acceptsValue(item: TargetItem): boolean {
  return item.applicable;
}

/** "Saisir" or "Modifier", named after the indicator's code for screen readers. */
export function ValueEntryButton({ item, onEnter }: { item: TargetItem; onEnter: (item: TargetItem) => void }) {
  const { t } = useTranslation();
  if (!acceptsValue(item)) return null;
  const label = item.reported
    ? t('Modifier la valeur de {{code}}', { code: item.code })
    : t('Saisir la valeur de {{code}}', { code: item.code });
  return (
    <Button size="xs" variant={item.reported ? 'default' : 'light'} aria-label={label} onClick={() => onEnter(item)}>
      {item.reported ? t('Modifier') : t('Saisir')}
    </Button>
  );
}
