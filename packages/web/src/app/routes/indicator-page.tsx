import { Anchor, Badge, Breadcrumbs, Group, Stack, Text } from '@mantine/core';
import { IconChartBar, IconPencil } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
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
import { IndicatorFiche } from '../../features/indicators/components/fiche/indicator-fiche.tsx';
import { kindLabel } from '../../features/indicators/components/indicator-labels.ts';
import { isApiError } from '../../lib/api-client.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';

// Looked up by id rather than imported from the router, which imports this page.
const indicatorRoute = getRouteApi('/app/indicateurs/$code');

/** Offered to the ARS of the catalogue's region (and platform administrators) only. */
function EditButton({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const me = useSession().data?.user;
  const catalogues = useCatalogues();
  const summary = catalogues.data?.items.find((item) => item.slug === indicator.catalogue.slug);
  if (!me || !canEditFiche(me, summary)) return null;
  return (
    <ButtonLink
      to="/indicateurs/$code/modifier"
      params={{ code: indicator.code }}
      search={{ catalogue: indicator.catalogue.slug }}
      leftSection={<IconPencil size={18} aria-hidden />}
    >
      {t('Modifier la fiche')}
    </ButtonLink>
  );
}

function FicheHeader({ indicator }: { indicator: IndicatorDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <nav aria-label={t('Fil d’Ariane')}>
        <Breadcrumbs mb="sm" separatorMargin={6}>
          <AnchorLink to="/indicateurs" search={{ catalogue: indicator.catalogue.slug }}>
            {indicator.catalogue.title}
          </AnchorLink>
          <Anchor component="span" c="gray.8" aria-current="page" underline="never">
            {indicator.code}
          </Anchor>
        </Breadcrumbs>
      </nav>
      <PageHeader title={`${indicator.code} — ${indicator.title}`} actions={<EditButton indicator={indicator} />} />
      <Group gap="sm" mt={-8} mb="lg">
        <Badge variant="light" color="gray" c="gray.9" tt="none">
          {kindLabel(t, indicator.kind)}
        </Badge>
        {indicator.aliases.length > 0 ? (
          <Text size="sm">{t('Aussi écrit : {{aliases}}', { aliases: indicator.aliases.join(', ') })}</Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {indicator.updatedBy
            ? t('Version {{version}}, modifiée par {{name}} le {{date}}', {
                version: indicator.version,
                name: indicator.updatedBy.name,
                date: formatDateTime(indicator.updatedAt, i18n.language),
              })
            : t('Version {{version}}, telle que livrée', { version: indicator.version })}
        </Text>
      </Group>
    </>
  );
}

export function IndicatorPage() {
  const { t } = useTranslation();
  const { code } = indicatorRoute.useParams();
  const { catalogue } = indicatorRoute.useSearch();
  const indicator = useIndicator(code, catalogue);
  if (indicator.isPending) return <PageSkeleton rows={10} />;
  if (indicator.isError) {
    if (isApiError(indicator.error) && indicator.error.status === 404) {
      return (
        <Stack>
          <PageHeader title={t('Indicateur introuvable')} />
          <EmptyState
            icon={<IconChartBar aria-hidden />}
            title={t('Aucun indicateur ne porte le code « {{code}} »', { code })}
            description={t('Le code est peut-être mal orthographié, ou la fiche appartient à un autre catalogue.')}
          >
            <ButtonLink to="/indicateurs">{t('Retour aux indicateurs')}</ButtonLink>
          </EmptyState>
        </Stack>
      );
    }
    return (
      <>
        <PageHeader title={t('Indicateur')} />
        <ErrorAlert error={indicator.error} />
      </>
    );
  }
  return (
    <>
      <FicheHeader indicator={indicator.data} />
      <IndicatorFiche indicator={indicator.data} />
    </>
  );
}
