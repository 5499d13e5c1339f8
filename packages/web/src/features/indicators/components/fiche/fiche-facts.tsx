import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { applicabilityText, directionLabel, frequencyLabel, kindLabel } from '../indicator-labels.ts';
import { ScrollableTable } from '../scrollable-table.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={220}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function joined(items: readonly string[]): string {
  return items.length === 0 ? '—' : items.join(' ; ');
}

/** The short facts of a fiche, one per row: what is measured, from where, by whom, over which years. */
export function FicheFacts({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const { definition } = indicator;
  return (
    <ScrollableTable minWidth={480} label={t('Caractéristiques de l’indicateur')}>
      <Table withTableBorder>
        <Table.Caption>{t('Caractéristiques de l’indicateur')}</Table.Caption>
        <Table.Tbody>
          <Row label={t('Type')}>{kindLabel(t, definition.kind.type)}</Row>
          <Row label={t('Unité')}>{definition.unit}</Row>
          <Row label={t('Sens')}>{directionLabel(t, definition.direction)}</Row>
          <Row label={t('Sources des données')}>{joined(definition.dataSources)}</Row>
          <Row label={t('Partenaires')}>{joined(definition.partners)}</Row>
          <Row label={t('Pilotage')}>{definition.steering ?? '—'}</Row>
          <Row label={t('Fréquence de recueil')}>{frequencyLabel(t, definition.frequency)}</Row>
          <Row label={t('Période de mesure')}>
            {t('{{from}} à {{to}}', { from: definition.measurement.from, to: definition.measurement.to })}
          </Row>
          <Row label={t('Année de référence')}>{definition.baselineYear ?? '—'}</Row>
          <Row label={t('Applicabilité')}>{applicabilityText(t, indicator.applicability)}</Row>
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
