import { IconCalendarEvent, IconListCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';

// These modules hold no data yet for anyone: each page says so plainly, for the
// user's own scope, instead of pretending something is on its way.

function ModulePage(props: {
  title: string;
  description: string;
  icon: ReactNode;
  emptyTitle: string;
  emptyText: string;
}) {
  return (
    <>
      <PageHeader title={props.title} description={props.description} />
      <EmptyState icon={props.icon} title={props.emptyTitle} description={props.emptyText} />
    </>
  );
}

export function PlansPage() {
  const { t } = useTranslation();
  return (
    <ModulePage
      title={t('Plans')}
      description={t('Projets d’établissement et leurs volets, projets médico-soignants partagés, contrats de pôle.')}
      icon={<IconListCheck aria-hidden />}
      emptyTitle={t('Aucun plan n’est encore enregistré pour votre périmètre')}
      emptyText={t('Les plans de vos organisations apparaîtront ici avec leurs axes, objectifs et actions.')}
    />
  );
}

export function InstancesPage() {
  const { t } = useTranslation();
  return (
    <ModulePage
      title={t('Instances')}
      description={t('CME, CSIRMT, Directoire, CDU, comité stratégique de GHT et leurs séances.')}
      icon={<IconCalendarEvent aria-hidden />}
      emptyTitle={t('Aucune instance n’est encore enregistrée pour votre périmètre')}
      emptyText={t('Les instances de vos organisations apparaîtront ici avec leurs séances, ordres du jour et avis.')}
    />
  );
}
