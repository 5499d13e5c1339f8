import { Badge } from '@mantine/core';
import type { Judgement } from '@jalon/domain/indicators/target-engine';
import { useTranslation } from 'react-i18next';
import { JUDGEMENT_COLOURS } from './judgement-colours.ts';
import { judgementLabel } from '../indicator-labels.ts';

/** The judgement in words on its colour: the word alone carries the meaning. */
export function JudgementBadge({ judgement, size = 'md' }: { judgement: Judgement; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={JUDGEMENT_COLOURS[judgement]}
      variant="filled"
      size={size}
      tt="none"
      style={{ flexShrink: 0 }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {judgementLabel(t, judgement)}
    </Badge>
  );
}
