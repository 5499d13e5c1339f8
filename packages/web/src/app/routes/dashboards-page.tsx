import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { useCatalogues } from '../../features/indicators/api/get-catalogues.ts';
import { YearSelect } from '../../features/indicators/components/targets/year-select.tsx';
import { yearsOf } from '../../features/indicators/search-params.ts';
import { cpomPeriod, summaryYears } from '../cpom-period.ts';
import { CpomDashboards } from './cpom-summary.tsx';

const ESTABLISHMENTS_SHOWN = 12;

function YearDashboards({ years, defaultYear }: { years: number[]; defaultYear: number }) {
  const [year, setYear] = useState(defaultYear);
  return (
    <Stack gap="lg">
      <YearSelect years={years} value={year} onChange={setYear} />
      <CpomDashboards year={year} limit={ESTABLISHMENTS_SHOWN} />
    </Stack>
  );
}

/** What exists today: the CPOM judgements of the reader's establishments. Plans join them with the plans module. */
export function DashboardsPage() {
  const { t } = useTranslation();
  const catalogues = useCatalogues();
  const thisYear = new Date().getFullYear();
  const period = cpomPeriod(catalogues.data?.items ?? [], thisYear);
  return (
    <>
      <PageHeader
        title={t('Tableaux de bord')}
        description={t('Appréciation des cibles CPOM de chaque établissement de votre périmètre, année par année.')}
      />
      {catalogues.isPending ? (
        <PageSkeleton rows={4} />
      ) : (
        // The last year whose values should all be in comes first.
        <YearDashboards
          key={`${period.from}-${period.to}`}
          years={yearsOf(period)}
          defaultYear={summaryYears(period, thisYear)[0] ?? thisYear}
        />
      )}
    </>
  );
}
