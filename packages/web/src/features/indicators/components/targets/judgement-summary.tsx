import { Box, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EstablishmentTargets } from '@jalon/contract/indicators/establishment-targets';
import { JUDGEMENT_COLOURS, JUDGEMENTS, summaryCount } from './judgement-colours.ts';
import { judgementLabel } from '../indicator-labels.ts';

/**
 * The year's judgements as one horizontal stacked bar, with the same counts in
 * words beside it. The bar is hidden from screen readers: the words say it all.
 */
export function JudgementSummary({ summary, year }: { summary: EstablishmentTargets['summary']; year: number }) {
  const { t } = useTranslation();
  const counts = JUDGEMENTS.map((judgement) => ({ judgement, count: summaryCount(summary, judgement) }));
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <Stack gap="sm">
      <Text>{t('Indicateurs du CPOM en {{year}} : {{number}}.', { number: total, year })}</Text>
      {total > 0 ? (
        <Box aria-hidden="true">
          <Progress.Root size={28} radius="sm">
            {counts
              .filter((entry) => entry.count > 0)
              .map((entry) => (
                <Progress.Section
                  key={entry.judgement}
                  value={(entry.count / total) * 100}
                  color={JUDGEMENT_COLOURS[entry.judgement]}
                >
                  <Progress.Label fz="sm">{entry.count}</Progress.Label>
                </Progress.Section>
              ))}
          </Progress.Root>
        </Box>
      ) : null}
      <Group
        component="ul"
        gap="md"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('Répartition des appréciations')}
      >
        {counts.map((entry) => (
          <Group component="li" key={entry.judgement} gap={6} wrap="nowrap">
            <Box
              w={14}
              h={14}
              style={{ borderRadius: 3, background: JUDGEMENT_COLOURS[entry.judgement] }}
              aria-hidden="true"
            />
            <Text size="sm">
              {judgementLabel(t, entry.judgement)} : <strong>{entry.count}</strong>
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
