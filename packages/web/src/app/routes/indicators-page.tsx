import { Stack } from '@mantine/core';
import { IconChartBar, IconSearch } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ListPagination } from '../../components/list-pagination.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { useCatalogues } from '../../features/indicators/api/get-catalogues.ts';
import { useIndicators } from '../../features/indicators/api/get-indicators.ts';
import { CatalogueSelect } from '../../features/indicators/components/catalogue/catalogue-select.tsx';
import {
  IndicatorFilters,
  type IndicatorFilterValues,
} from '../../features/indicators/components/catalogue/indicator-filters.tsx';
import { IndicatorsTable } from '../../features/indicators/components/catalogue/indicators-table.tsx';
import type { CatalogueSummary } from '@jalon/contract/indicators/fiche';

// Looked up by id rather than imported from the router, which imports this page.
const indicatorsRoute = getRouteApi('/app/indicateurs');

const PAGE_SIZE = 50;

function IndicatorResults({
  catalogue,
  q,
  filters,
  page,
  onPageChange,
}: {
  catalogue: CatalogueSummary;
  q: string | undefined;
  filters: IndicatorFilterValues;
  page: number;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const indicators = useIndicators({
    catalogue: catalogue.slug,
    page,
    pageSize: PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.objective ? { objective: filters.objective } : {}),
  });
  const filtered = filters.kind !== undefined || filters.objective !== undefined;
  if (indicators.isPending) return <PageSkeleton rows={8} />;
  if (indicators.isError) return <ErrorAlert error={indicators.error} />;
  if (indicators.data.items.length === 0) {
    return (
      <EmptyState
        icon={<IconSearch aria-hidden />}
        title={
          q
            ? t('Aucun indicateur ne correspond à « {{q}} »', { q })
            : filtered
              ? t('Aucun indicateur de ce catalogue ne répond à ces filtres')
              : t('Ce catalogue ne contient aucun indicateur')
        }
        {...(q
          ? {
              description: t(
                'Cherchez par code (OS_12), par mot du titre ou de l’objectif ; les accents sont ignorés.',
              ),
            }
          : {})}
      />
    );
  }
  const caption = q
    ? t('Indicateurs de « {{title}} » correspondant à « {{q}} »', { title: catalogue.title, q })
    : t('Indicateurs de « {{title}} »', { title: catalogue.title });
  // While a new search runs, the previous rows stay under the new caption:
  // aria-busy tells screen readers not to read them as its results yet.
  return (
    <Stack aria-busy={indicators.isPlaceholderData || undefined}>
      <IndicatorsTable indicators={indicators.data.items} caption={caption} />
      <ListPagination page={page} pageSize={PAGE_SIZE} total={indicators.data.total} onChange={onPageChange} />
    </Stack>
  );
}

function Catalogues() {
  const { t } = useTranslation();
  const search = indicatorsRoute.useSearch();
  const navigate = indicatorsRoute.useNavigate();
  const catalogues = useCatalogues();
  if (catalogues.isPending) return <PageSkeleton rows={8} />;
  if (catalogues.isError) return <ErrorAlert error={catalogues.error} />;
  const items = catalogues.data.items;
  const catalogue = items.find((candidate) => candidate.slug === search.catalogue) ?? items[0];
  if (!catalogue) {
    return <EmptyState icon={<IconChartBar aria-hidden />} title={t('Aucun catalogue d’indicateurs n’est installé')} />;
  }
  const { q, page, type, objectif } = search;
  const filters: IndicatorFilterValues = { kind: type, objective: objectif };
  // The address keeps the catalogue, the search and the filters; any change goes back to page 1.
  const searchOf = (next: { q?: string | undefined; filters?: IndicatorFilterValues; page?: number }) => {
    const query = 'q' in next ? next.q : q;
    const { kind, objective } = next.filters ?? filters;
    return {
      catalogue: catalogue.slug,
      ...(query ? { q: query } : {}),
      ...(kind ? { type: kind } : {}),
      ...(objective ? { objectif: objective } : {}),
      ...(next.page ? { page: next.page } : {}),
    };
  };
  return (
    <Stack>
      <CatalogueSelect
        catalogues={items}
        value={catalogue.slug}
        onChange={(slug) => void navigate({ search: { catalogue: slug } })}
      />
      <SearchField
        label={t('Rechercher un indicateur')}
        description={t('Par code, titre ou objectif ; les accents sont ignorés.')}
        query={q}
        onSearch={(value) => void navigate({ search: searchOf({ q: value }), replace: true })}
      />
      <IndicatorFilters
        catalogue={catalogue.slug}
        value={filters}
        onChange={(next) => void navigate({ search: searchOf({ filters: next }) })}
      />
      <IndicatorResults
        catalogue={catalogue}
        q={q}
        filters={filters}
        page={page ?? 1}
        onPageChange={(next) => void navigate({ search: searchOf({ page: next }) })}
      />
    </Stack>
  );
}

export function IndicatorsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('Indicateurs')}
        description={t(
          'Fiches méthodologiques des indicateurs, avec leurs cibles annuelles par catégorie d’établissement.',
        )}
      />
      <Catalogues />
    </>
  );
}
