import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../components/router-links.tsx';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';
import { JudgementBadge } from './judgement-badge.tsx';
import { NegotiatedTargetNote } from '../negotiation/negotiated-target-note.tsx';
import { NegotiationButton } from '../negotiation/negotiation-button.tsx';
import { reportedLines } from '../values/reported-value.ts';
import { ValueEntryButton } from '../values/value-entry-button.tsx';

/** What the year expects, one line per component. */
export function TargetLines({ item }: { item: TargetItem }) {
  if (item.targets.length === 0) return <Text size="sm">—</Text>;
  return (
    <Stack gap={2}>
      {item.targets.map((target, index) => (
        <Text size="sm" key={target.component?.key ?? index}>
          {target.component ? `${target.component.label} : ${target.text}` : target.text}
        </Text>
      ))}
    </Stack>
  );
}

function ReportedCell({ item }: { item: TargetItem }) {
  const { t, i18n } = useTranslation();
  const lines = reportedLines(t, item, i18n.language);
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('Non renseigné')}
      </Text>
    );
  return (
    <Stack gap={2}>
      {lines.map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}

function RowActions({
  item,
  onEnter,
  onNegotiate,
}: {
  item: TargetItem;
  onEnter?: ((item: TargetItem) => void) | undefined;
  onNegotiate?: ((item: TargetItem) => void) | undefined;
}) {
  return (
    <Group gap={6} wrap="wrap">
      {onEnter ? <ValueEntryButton item={item} onEnter={onEnter} /> : null}
      {onNegotiate ? <NegotiationButton item={item} onNegotiate={onNegotiate} /> : null}
    </Group>
  );
}

/**
 * One row per indicator: what is expected this year (and why, when the ARS
 * negotiated it), what was reported, and the judgement in words; with
 * `onEnter` a button per row to enter its value, with `onNegotiate` one to negotiate its target.
 */
export function TargetsTable({
  items,
  caption,
  catalogue,
  onEnter,
  onNegotiate,
}: {
  items: TargetItem[];
  caption: string;
  catalogue: string;
  onEnter?: ((item: TargetItem) => void) | undefined;
  onNegotiate?: ((item: TargetItem) => void) | undefined;
}) {
  const { t } = useTranslation();
  const withActions = onEnter !== undefined || onNegotiate !== undefined;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="26%">
              {t('Indicateur')}
            </Table.Th>
            <Table.Th scope="col" w="20%">
              {t('Cible')}
            </Table.Th>
            <Table.Th scope="col" w="16%">
              {t('Réalisé')}
            </Table.Th>
            <Table.Th scope="col" miw={190}>
              {t('Appréciation')}
            </Table.Th>
            <Table.Th scope="col">{t('Explication')}</Table.Th>
            {withActions ? <Table.Th scope="col">{t('Actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.code}>
              <Table.Th scope="row" fw="normal">
                <AnchorLink to="/indicateurs/$code" params={{ code: item.code }} search={{ catalogue }} fw={600}>
                  {item.code}
                </AnchorLink>
                <Text size="sm">{item.title}</Text>
              </Table.Th>
              <Table.Td>
                <TargetLines item={item} />
                <NegotiatedTargetNote item={item} />
              </Table.Td>
              <Table.Td>
                <ReportedCell item={item} />
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <JudgementBadge judgement={item.judgement} />
                  {item.componentJudgements.map((component) => (
                    <Group key={component.key} gap={6} wrap="wrap">
                      <Text size="xs">{component.label} :</Text>
                      <JudgementBadge judgement={component.judgement} size="sm" />
                    </Group>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.explanation}</Text>
              </Table.Td>
              {withActions ? (
                <Table.Td>
                  <RowActions item={item} onEnter={onEnter} onNegotiate={onNegotiate} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
