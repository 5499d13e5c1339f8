import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';

/** "Négocier", named after the indicator's code; none where the fiche does not apply to the establishment that year. */
export function NegotiationButton({
  item,
  onNegotiate,
}: {
  item: TargetItem;
  onNegotiate: (item: TargetItem) => void;
}) {
  const { t } = useTranslation();
  if (!item.applicable) return null;
  return (
    <Button
      size="xs"
      variant="default"
      aria-label={t('Négocier la cible de {{code}}', { code: item.code })}
      onClick={() => onNegotiate(item)}
    >
      {t('Négocier')}
    </Button>
  );
}
