import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconBuildingHospital } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { useEstablishmentTargets } from '../../features/indicators/api/get-establishment-targets.ts';
import { EstablishmentTargetsView } from '../../features/indicators/components/targets/establishment-targets-view.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { hasPermission } from '../permissions.ts';

// Looked up by id rather than imported from the router, which imports this page.
const establishmentTargetsRoute = getRouteApi('/app/cpom/etablissements/$orgUnitId');

function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('Établissement introuvable')} />
      <EmptyState
        icon={<IconBuildingHospital aria-hidden />}
        title={t('Cet établissement n’existe pas ou est hors de votre périmètre')}
      >
        <ButtonLink to="/cpom">{t('Retour au CPOM')}</ButtonLink>
      </EmptyState>
    </Stack>
  );
}

function YearOutOfPeriod({ orgUnitId, year }: { orgUnitId: string; year: number | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('Cibles CPOM')} />
      <Alert
        color="orange"
        variant="light"
        role="alert"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('Année hors du contrat')}
      >
        <Stack gap="xs" align="flex-start">
          {year
            ? t('Le CPOM de cet établissement ne couvre pas l’année {{year}}.', { year })
            : t('Le CPOM de cet établissement ne couvre pas cette année.')}
          <AnchorLink to="/cpom/etablissements/$orgUnitId" params={{ orgUnitId }} search={{}}>
            {t('Voir l’année en cours du contrat')}
          </AnchorLink>
        </Stack>
      </Alert>
    </>
  );
}

export function EstablishmentTargetsPage() {
  const { t } = useTranslation();
  const { orgUnitId } = establishmentTargetsRoute.useParams();
  const { annee } = establishmentTargetsRoute.useSearch();
  const navigate = establishmentTargetsRoute.useNavigate();
  const targets = useEstablishmentTargets(orgUnitId, annee);
  const me = useSession().data?.user;
  if (targets.isPending) return <PageSkeleton rows={10} />;
  if (targets.isError) {
    const error = targets.error;
    // An address whose id is not even well-formed names no establishment either.
    if (isApiError(error) && (error.status === 404 || error.code === 'VALIDATION_FAILED')) return <NotFound />;
    if (isApiError(error) && error.code === 'YEAR_OUT_OF_PERIOD')
      return <YearOutOfPeriod orgUnitId={orgUnitId} year={annee} />;
    return (
      <>
        <PageHeader title={t('Cibles CPOM')} />
        <ErrorAlert error={error} />
      </>
    );
  }
  const data = targets.data;
  return (
    <Stack gap={0} aria-busy={targets.isPlaceholderData || undefined}>
      <PageHeader
        title={t('Cibles CPOM — {{name}}', { name: data.establishment.name })}
        description={data.catalogue ? data.catalogue.title : undefined}
      />
      <EstablishmentTargetsView
        // A new year starts with every judgement shown: a filter kept from another year may match nothing.
        key={`${data.establishment.id}-${data.year}`}
        targets={data}
        // The server checks the establishment is in the user's scope and answers 404 otherwise.
        canEnterValues={me ? hasPermission(me, 'values.write') : false}
        // The server checks the catalogue belongs to the ARS's region and answers 403 or 404 otherwise.
        canNegotiate={me ? hasPermission(me, 'catalogue.write') : false}
        onYearChange={(year) => void navigate({ search: { annee: year } })}
      />
    </Stack>
  );
}
