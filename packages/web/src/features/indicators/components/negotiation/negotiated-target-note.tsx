import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';

/** Dark enough for its words to keep 4.5:1 on white and on the table's striped rows. */
export const NEGOTIATED_COLOUR = '#5f3dc4';

/**
 * Tells everyone, the establishment included, that the ARS replaced the fiche's
 * target this year, and why: one badge and one reason per negotiated rule.
 */
export function NegotiatedTargetNote({ item }: { item: TargetItem }) {
  const { t } = useTranslation();
  if (item.negotiated.length === 0) return null;
  return (
    <Stack gap={6} mt={6}>
      {item.negotiated.map((negotiated) => (
        <Stack gap={2} key={negotiated.component?.key ?? 'all'}>
          <Group gap={6} wrap="wrap">
            <Badge
              color={NEGOTIATED_COLOUR}
              variant="outline"
              size="sm"
              tt="none"
              styles={{ label: { overflow: 'visible' } }}
            >
              {t('Cible négociée')}
            </Badge>
            {negotiated.component ? <Text size="xs">{negotiated.component.label}</Text> : null}
          </Group>
          <Text size="xs">{t('Motif : {{reason}}', { reason: negotiated.reason })}</Text>
        </Stack>
      ))}
    </Stack>
  );
}
