import { Anchor, Breadcrumbs, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageSkeleton } from '../../components/page-skeleton.tsx';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { useSession } from '../../features/auth/api/get-session.ts';
import { useCatalogues } from '../../features/indicators/api/get-catalogues.ts';
import { useIndicator } from '../../features/indicators/api/get-indicator.ts';
import { canEditFiche } from '../../features/indicators/components/fiche-edit/fiche-edit-permission.ts';
import { FicheEditForm } from '../../features/indicators/components/fiche-edit/fiche-edit-form.tsx';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';

// Looked up by id rather than imported from the router, which imports this page.
const indicatorEditRoute = getRouteApi('/app/indicateurs/$code/modifier');

function EditHeader({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const catalogue = indicator.catalogue.slug;
  return (
    <>
      <nav aria-label={t('Fil d’Ariane')}>
        <Breadcrumbs mb="sm" separatorMargin={6}>
          <AnchorLink to="/indicateurs" search={{ catalogue }}>
            {indicator.catalogue.title}
          </AnchorLink>
          <AnchorLink to="/indicateurs/$code" params={{ code: indicator.code }} search={{ catalogue }}>
            {indicator.code}
          </AnchorLink>
          <Anchor component="span" c="gray.8" aria-current="page" underline="never">
            {t('Modifier')}
          </Anchor>
        </Breadcrumbs>
      </nav>
      <PageHeader
        title={t('Modifier la fiche {{code}}', { code: indicator.code })}
        description={t('Version {{version}} : {{title}}', { version: indicator.version, title: indicator.title })}
      />
    </>
  );
}

/** Editing a fiche, for the ARS of the catalogue's region: a page of its own, as a fiche is long. */
export function IndicatorEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { code } = indicatorEditRoute.useParams();
  const { catalogue } = indicatorEditRoute.useSearch();
  const indicator = useIndicator(code, catalogue);
  const catalogues = useCatalogues();
  const me = useSession().data?.user;
  if (indicator.isPending || catalogues.isPending || !me) return <PageSkeleton rows={12} />;
  if (indicator.isError || catalogues.isError) {
    return (
      <>
        <PageHeader title={t('Modifier la fiche {{code}}', { code })} />
        <ErrorAlert error={indicator.error ?? catalogues.error} />
      </>
    );
  }
  const fiche = indicator.data;
  const back = () =>
    navigate({ to: '/indicateurs/$code', params: { code: fiche.code }, search: { catalogue: fiche.catalogue.slug } });
  const summary = catalogues.data.items.find((item) => item.slug === fiche.catalogue.slug);
  if (!canEditFiche(me, summary)) {
    return (
      <Stack>
        <EditHeader indicator={fiche} />
        <EmptyState
          icon={<IconLock aria-hidden />}
          title={t('Vous ne pouvez pas modifier cette fiche')}
          description={t('Seule l’agence régionale de santé de la région du catalogue modifie ses fiches.')}
        >
          <ButtonLink
            to="/indicateurs/$code"
            params={{ code: fiche.code }}
            search={{ catalogue: fiche.catalogue.slug }}
          >
            {t('Retour à la fiche')}
          </ButtonLink>
        </EmptyState>
      </Stack>
    );
  }
  return (
    <>
      <EditHeader indicator={fiche} />
      {/* Keyed by fiche, not version: a refetch in the background must not wipe the draft. */}
      <FicheEditForm
        key={`${fiche.catalogue.slug}/${fiche.code}`}
        indicator={fiche}
        onSaved={() => void back()}
        onCancel={() => void back()}
      />
    </>
  );
}
