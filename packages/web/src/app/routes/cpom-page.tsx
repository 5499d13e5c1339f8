import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import { useCatalogues } from '../../features/indicators/api/get-catalogues.ts';
import { useEstablishments } from '../../features/indicators/api/get-establishments.ts';
import { EstablishmentPicker } from '../../features/indicators/components/targets/establishment-picker.tsx';
import { YearSelect } from '../../features/indicators/components/targets/year-select.tsx';
import { clampYear, yearsOf } from '../../features/indicators/search-params.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { cpomPeriod } from '../cpom-period.ts';

/** When the user's scope holds one establishment, there is nothing to choose: a link goes straight to it. */
function OwnEstablishment({ unit, year }: { unit: OrgUnitView; year: number }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" maw={560}>
      <Title order={2} size="h4" mb={4}>
        {t('Votre établissement')}
      </Title>
      <Text mb="md">{unit.name}</Text>
      <Group>
        <ButtonLink
          to="/cpom/etablissements/$orgUnitId"
          params={{ orgUnitId: unit.id }}
          search={{ annee: year }}
          rightSection={<IconArrowRight size={16} aria-hidden />}
        >
          {t('Voir les cibles {{year}}', { year })}
        </ButtonLink>
      </Group>
    </Card>
  );
}

function TargetsForm({ years, defaultYear }: { years: number[]; defaultYear: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [unit, setUnit] = useState<OrgUnitView | null>(null);
  const [year, setYear] = useState(defaultYear);
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!unit) {
      setError(t('Choisissez un établissement.'));
      return;
    }
    void navigate({ to: '/cpom/etablissements/$orgUnitId', params: { orgUnitId: unit.id }, search: { annee: year } });
  };
  return (
    <form onSubmit={submit} aria-labelledby="cpom-form-title" noValidate>
      <Title order={2} size="h4" id="cpom-form-title" mb="sm">
        {t('Cibles d’un établissement')}
      </Title>
      <Stack gap="md">
        <EstablishmentPicker
          value={unit?.id ?? null}
          onChange={(picked) => {
            setUnit(picked);
            setError(undefined);
          }}
          error={error}
        />
        <YearSelect years={years} value={year} onChange={setYear} />
        <Group>
          <Button type="submit">{t('Voir les cibles')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CpomPage() {
  const { t } = useTranslation();
  const catalogues = useCatalogues();
  const scope = useEstablishments({ pageSize: 2 });
  const thisYear = new Date().getFullYear();
  const period = cpomPeriod(catalogues.data?.items ?? [], thisYear);
  const defaultYear = clampYear(thisYear, period);
  const only = scope.data?.total === 1 ? scope.data.items[0] : undefined;
  return (
    <>
      <PageHeader
        title={t('CPOM')}
        description={t(
          'Cibles du contrat pluriannuel d’objectifs et de moyens de chaque établissement, année par année, et leur appréciation.',
        )}
      />
      <Stack gap="xl">
        {catalogues.isError ? <ErrorAlert error={catalogues.error} /> : null}
        {scope.isPending ? (
          <PageSkeleton rows={3} />
        ) : only ? (
          <OwnEstablishment unit={only} year={defaultYear} />
        ) : (
          // Keyed on the period so the default year follows once the catalogues have loaded.
          <TargetsForm key={`${period.from}-${period.to}`} years={yearsOf(period)} defaultYear={defaultYear} />
        )}
      </Stack>
    </>
  );
}
