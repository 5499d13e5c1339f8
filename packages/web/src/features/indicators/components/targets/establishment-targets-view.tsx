import { Group, Select, Stack, Text, Title } from '@mantine/core';
import type { Judgement } from '@jalon/domain/indicators/target-engine';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../../components/empty-state.tsx';
import type { EstablishmentTargets, TargetItem } from '@jalon/contract/indicators/establishment-targets';
import { yearsOf } from '../../search-params.ts';
import { JUDGEMENTS, summaryCount } from './judgement-colours.ts';
import { EstablishmentFacts } from './establishment-facts.tsx';
import { judgementLabel } from '../indicator-labels.ts';
import { JudgementSummary } from './judgement-summary.tsx';
import { NegotiationDialog } from '../negotiation/negotiation-dialog.tsx';
import { TargetsTable } from './targets-table.tsx';
import { ValueEntryDialog } from '../values/value-entry-dialog.tsx';
import { YearSelect } from './year-select.tsx';

type Filter = Judgement | 'all';

function JudgementFilter({
  targets,
  value,
  onChange,
}: {
  targets: EstablishmentTargets;
  value: Filter;
  onChange: (filter: Filter) => void;
}) {
  const { t } = useTranslation();
  const options = [
    { value: 'all', label: t('Toutes ({{number}})', { number: targets.items.length }) },
    ...JUDGEMENTS.map((judgement) => ({
      value: judgement,
      label: `${judgementLabel(t, judgement)} (${summaryCount(targets.summary, judgement)})`,
    })),
  ];
  return (
    <Select
      label={t('Appréciation')}
      data={options}
      value={value}
      onChange={(next) => onChange((next ?? 'all') as Filter)}
      allowDeselect={false}
      w={260}
    />
  );
}

/**
 * An establishment's CPOM for one year: its facts, the judgements at a glance,
 * then indicator by indicator; with `canEnterValues`, each value can be entered
 * there, with `canNegotiate`, each target negotiated.
 */
export function EstablishmentTargetsView({
  targets,
  onYearChange,
  canEnterValues = false,
  canNegotiate = false,
}: {
  targets: EstablishmentTargets;
  onYearChange: (year: number) => void;
  canEnterValues?: boolean;
  canNegotiate?: boolean;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [entering, setEntering] = useState<TargetItem | null>(null);
  const [negotiating, setNegotiating] = useState<TargetItem | null>(null);
  const { catalogue, year } = targets;
  if (!catalogue) {
    return (
      <Stack gap="lg">
        <EstablishmentFacts targets={targets} />
        <EmptyState
          icon={<IconFileCertificate aria-hidden />}
          title={t('Aucun CPOM n’est rattaché à la région de cet établissement')}
          description={t('Les cibles apparaîtront ici dès qu’un catalogue d’indicateurs couvrira sa région.')}
        />
      </Stack>
    );
  }
  const items = filter === 'all' ? targets.items : targets.items.filter((item) => item.judgement === filter);
  return (
    <Stack gap="xl">
      <Group align="flex-end" gap="xl" wrap="wrap">
        <EstablishmentFacts targets={targets} />
        <YearSelect years={yearsOf(catalogue.period)} value={year} onChange={onYearChange} />
      </Group>
      <section aria-labelledby="targets-summary">
        <Title order={2} size="h3" id="targets-summary" mb="sm">
          {t('Synthèse {{year}}', { year })}
        </Title>
        <JudgementSummary summary={targets.summary} year={year} />
      </section>
      <section aria-labelledby="targets-detail">
        <Title order={2} size="h3" id="targets-detail" mb="sm">
          {t('Cibles et résultats par indicateur')}
        </Title>
        <Stack gap="md">
          <JudgementFilter targets={targets} value={filter} onChange={setFilter} />
          {items.length === 0 ? (
            <Text>{t('Aucun indicateur n’a cette appréciation en {{year}}.', { year })}</Text>
          ) : (
            <TargetsTable
              items={items}
              catalogue={catalogue.slug}
              caption={t('Cibles {{year}} de {{name}} et leur appréciation', {
                year,
                name: targets.establishment.name,
              })}
              onEnter={canEnterValues ? setEntering : undefined}
              onNegotiate={canNegotiate ? setNegotiating : undefined}
            />
          )}
        </Stack>
      </section>
      {canEnterValues ? (
        <ValueEntryDialog
          target={
            entering ? { orgUnitId: targets.establishment.id, catalogue: catalogue.slug, year, item: entering } : null
          }
          onClose={() => setEntering(null)}
        />
      ) : null}
      {canNegotiate ? (
        <NegotiationDialog
          target={
            negotiating
              ? {
                  orgUnitId: targets.establishment.id,
                  catalogue: catalogue.slug,
                  year,
                  item: negotiating,
                  establishment: targets.establishment,
                }
              : null
          }
          onClose={() => setNegotiating(null)}
        />
      ) : null}
    </Stack>
  );
}
