import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { FicheFacts } from './fiche-facts.tsx';
import { FicheTargetTable } from './fiche-target-table.tsx';
import { IndicatorVersions } from '../versions/indicator-versions.tsx';
import { SourceNotes } from './source-notes.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

function Formula({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const { kind, formula } = indicator.definition;
  if (kind.type !== 'rate' && !formula) return null;
  return (
    <Stack gap={4} mt="sm">
      {formula ? (
        <Text>
          <strong>{t('Formule')} :</strong> {formula}
        </Text>
      ) : null}
      {kind.type === 'rate' ? (
        <>
          <Text>
            <strong>{t('Numérateur')} :</strong> {kind.numerator}
          </Text>
          <Text>
            <strong>{t('Dénominateur')} :</strong> {kind.denominator}
          </Text>
        </>
      ) : null}
    </Stack>
  );
}

function Bands({ bands }: { bands: IndicatorDetail['definition']['interpretationBands'] }) {
  const { t } = useTranslation();
  const bound = (value: number | undefined) => (value === undefined ? '—' : String(value));
  return (
    <Table withTableBorder maw={560}>
      <Table.Caption>{t('Bandes d’interprétation')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('Lecture')}</Table.Th>
          <Table.Th scope="col">{t('À partir de')}</Table.Th>
          <Table.Th scope="col">{t('Jusqu’à')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bands.map((band) => (
          <Table.Tr key={band.label}>
            <Table.Th scope="row" fw="normal">
              {band.label}
            </Table.Th>
            <Table.Td>{bound(band.min)}</Table.Td>
            <Table.Td>{bound(band.max)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function TextList({ items }: { items: string[] }) {
  return (
    <List spacing={4}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/** The methodological fiche in the order its readers expect: why, what, how, then the targets and the history. */
export function IndicatorFiche({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const { definition } = indicator;
  return (
    <Stack gap="xl">
      <Section id="fiche-objective" title={t('Objectif stratégique')}>
        <Text>{definition.objective}</Text>
      </Section>
      <Section id="fiche-definition" title={t('Définition')}>
        <Text>{definition.definition}</Text>
        <Formula indicator={indicator} />
      </Section>
      <FicheFacts indicator={indicator} />
      <Section id="fiche-proofs" title={t('Éléments de preuve')}>
        {definition.proofElements.length > 0 ? (
          <TextList items={definition.proofElements} />
        ) : (
          <Text>{t('Aucun élément demandé.')}</Text>
        )}
      </Section>
      {definition.commentMustState.length > 0 ? (
        <Section id="fiche-comment" title={t('Le commentaire doit préciser')}>
          <TextList items={definition.commentMustState} />
        </Section>
      ) : null}
      {definition.interpretationBands.length > 0 ? (
        <Section id="fiche-bands" title={t('Bandes d’interprétation')}>
          <Bands bands={definition.interpretationBands} />
        </Section>
      ) : null}
      <Section id="fiche-targets" title={t('Cibles par catégorie et par année')}>
        <FicheTargetTable table={indicator.targetTable} />
      </Section>
      {definition.sourceNotes.length > 0 ? (
        <Section id="fiche-notes" title={t('Notes de reconstitution')}>
          <SourceNotes notes={definition.sourceNotes} />
        </Section>
      ) : null}
      <Section id="fiche-versions" title={t('Versions')}>
        <IndicatorVersions code={indicator.code} catalogue={indicator.catalogue.slug} />
      </Section>
    </Stack>
  );
}
