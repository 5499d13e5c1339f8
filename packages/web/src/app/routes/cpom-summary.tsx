import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconGauge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { useCatalogues } from '../../features/indicators/api/get-catalogues.ts';
import { useEstablishmentTargets } from '../../features/indicators/api/get-establishment-targets.ts';
import { useEstablishments } from '../../features/indicators/api/get-establishments.ts';
import { JudgementSummary } from '../../features/indicators/components/targets/judgement-summary.tsx';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { cpomPeriod, summaryYears } from '../cpom-period.ts';

// The CPOM judgements of the reader's establishments, as the targets route
// computes them: nothing here is counted in the browser.

/** The years worth showing now, once the catalogues say which years the contracts cover. */
function useSummaryYears(): number[] | undefined {
  const catalogues = useCatalogues();
  if (!catalogues.data) return undefined;
  const thisYear = new Date().getFullYear();
  return summaryYears(cpomPeriod(catalogues.data.items, thisYear), thisYear);
}

function JudgementRow({ unit, year, first }: { unit: OrgUnitView; year: number; first: boolean }) {
  const { t } = useTranslation();
  const targets = useEstablishmentTargets(unit.id, year);
  const name = first ? (
    <AnchorLink to="/cpom/etablissements/$orgUnitId" params={{ orgUnitId: unit.id }} search={{ annee: year }}>
      {unit.name}
    </AnchorLink>
  ) : (
    <Text span size="sm" c="gray.7">
      {unit.name}
    </Text>
  );
  const cells = (() => {
    if (targets.isPending) return <Table.Td colSpan={4}>{t('Chargement…')}</Table.Td>;
    if (targets.isError) return <Table.Td colSpan={4}>{t('Appréciations indisponibles')}</Table.Td>;
    if (!targets.data.catalogue) return <Table.Td colSpan={4}>{t('Aucun CPOM ne couvre cet établissement')}</Table.Td>;
    const { summary } = targets.data;
    return (
      <>
        <Table.Td>{summary.met}</Table.Td>
        <Table.Td>{summary.partlyMet}</Table.Td>
        <Table.Td>{summary.notMet}</Table.Td>
        <Table.Td>{summary.pending}</Table.Td>
      </>
    );
  })();
  return (
    <Table.Tr aria-busy={targets.isPending || undefined}>
      <Table.Th scope="row" fw="normal">
        {name}
      </Table.Th>
      <Table.Td>{year}</Table.Td>
      {cells}
    </Table.Tr>
  );
}

/** Home page: each establishment's judgements last year and what is still due this year, as a table. */
export function CpomStatusTable({ limit }: { limit: number }) {
  const { t } = useTranslation();
  const years = useSummaryYears();
  const establishments = useEstablishments({ pageSize: limit });
  if (establishments.isError) return <ErrorAlert error={establishments.error} />;
  if (!years || establishments.isPending) return <PageSkeleton rows={2} />;
  const { items, total } = establishments.data;
  if (items.length === 0) return <Text c="gray.7">{t('Aucun établissement n’est dans votre périmètre.')}</Text>;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder>
          <Table.Caption>
            {t('Appréciations CPOM de vos établissements ; « En attente » : valeurs encore à déclarer')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('Établissement')}</Table.Th>
              <Table.Th scope="col">{t('Année')}</Table.Th>
              <Table.Th scope="col">{t('Atteint')}</Table.Th>
              <Table.Th scope="col">{t('Partiellement atteint')}</Table.Th>
              <Table.Th scope="col">{t('Non atteint')}</Table.Th>
              <Table.Th scope="col">{t('En attente')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.flatMap((unit) =>
              years.map((year, index) => (
                <JudgementRow key={`${unit.id}-${year}`} unit={unit} year={year} first={index === 0} />
              )),
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > items.length ? (
        <Text size="sm">
          {t('Et {{count}} autres établissements.', { count: total - items.length })}{' '}
          <AnchorLink to="/tableaux-de-bord">{t('Voir les tableaux de bord')}</AnchorLink>
        </Text>
      ) : null}
    </Stack>
  );
}

function EstablishmentCard({ unit, year }: { unit: OrgUnitView; year: number }) {
  const { t } = useTranslation();
  const targets = useEstablishmentTargets(unit.id, year);
  const titleId = `dashboard-${unit.id}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        {unit.name}
      </Title>
      {targets.isPending ? <PageSkeleton rows={1} /> : null}
      {targets.isError ? <ErrorAlert error={targets.error} /> : null}
      {targets.data && !targets.data.catalogue ? (
        <Text c="gray.7">{t('Aucun CPOM ne couvre cet établissement')}</Text>
      ) : null}
      {targets.data?.catalogue ? <JudgementSummary summary={targets.data.summary} year={targets.data.year} /> : null}
      <AnchorLink
        to="/cpom/etablissements/$orgUnitId"
        params={{ orgUnitId: unit.id }}
        search={{ annee: year }}
        size="sm"
        mt="xs"
        display="inline-block"
      >
        {t('Voir les cibles {{year}} de cet établissement', { year })}
      </AnchorLink>
    </Card>
  );
}

/**
 * Dashboards: the year's judgements of each establishment of the reader's
 * scope, each as a bar with the same counts in words (the bar is hidden from
 * screen readers). A true empty state when the scope holds no establishment.
 */
export function CpomDashboards({ year, limit }: { year: number; limit: number }) {
  const { t } = useTranslation();
  const establishments = useEstablishments({ pageSize: limit });
  if (establishments.isError) return <ErrorAlert error={establishments.error} />;
  if (establishments.isPending) return <PageSkeleton rows={4} />;
  const { items, total } = establishments.data;
  if (items.length === 0) {
    return (
      <EmptyState
        icon={<IconGauge aria-hidden />}
        title={t('Aucun établissement n’est dans votre périmètre')}
        description={t(
          'Les appréciations CPOM apparaissent ici pour les établissements sur lesquels vous avez un rôle.',
        )}
      />
    );
  }
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {items.map((unit) => (
          <EstablishmentCard key={unit.id} unit={unit} year={year} />
        ))}
      </SimpleGrid>
      {total > items.length ? (
        <Text size="sm">
          {t('Et {{count}} autres établissements, à choisir sur la page CPOM.', { count: total - items.length })}{' '}
          <ButtonLink to="/cpom" variant="light" size="xs">
            {t('Page CPOM')}
          </ButtonLink>
        </Text>
      ) : null}
    </Stack>
  );
}
