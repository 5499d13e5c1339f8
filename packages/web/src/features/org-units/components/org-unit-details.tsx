import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import {
  authorisationLabel,
  categoryLabel,
  cpomTierHeading,
  cpomTierLabel,
  legalStatusLabel,
  orgKindLabel,
} from '../../../lib/labels.ts';
import type { EstablishmentView, OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { CapacitiesTable } from './capacities-table.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={220}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** Whether the reader may open a unit the details name; those they may not are shown as text. */
type CanOpen = (orgUnitId: string) => boolean;

function EstablishmentRows({ establishment, canOpen }: { establishment: EstablishmentView; canOpen: CanOpen }) {
  const { t } = useTranslation();
  return (
    <>
      <Row label={t('Catégorie')}>{categoryLabel(t, establishment.category)}</Row>
      <Row label={t('Statut juridique')}>{legalStatusLabel(t, establishment.legalStatus)}</Row>
      <Row label={t('Département')}>{establishment.department}</Row>
      {/* The server works the tier out for the current year. */}
      <Row label={cpomTierHeading(t, new Date().getFullYear())}>{cpomTierLabel(t, establishment.cpomTier)}</Row>
      <Row label={t('Autorisations')}>
        {establishment.authorisations.length === 0 ? (
          '—'
        ) : (
          <Group gap={6}>
            {establishment.authorisations.map((authorisation) => (
              <Badge key={authorisation} variant="outline" color="gray">
                {authorisationLabel(t, authorisation)}
              </Badge>
            ))}
          </Group>
        )}
      </Row>
      <Row label={t('GHT associés')}>
        {establishment.associatedGhts.length === 0 ? (
          '—'
        ) : (
          <Group gap="sm">
            {establishment.associatedGhts.map((ght) =>
              canOpen(ght.id) ? (
                <AnchorLink key={ght.id} to="/administration/organisations/$orgUnitId" params={{ orgUnitId: ght.id }}>
                  {ght.name}
                </AnchorLink>
              ) : (
                <Text key={ght.id} span>
                  {ght.name}
                </Text>
              ),
            )}
          </Group>
        )}
      </Row>
    </>
  );
}

export function OrgUnitDetails({ unit, canOpen = () => true }: { unit: OrgUnitView; canOpen?: CanOpen }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="lg">
      <Table withTableBorder>
        <Table.Caption>{t('Caractéristiques de l’organisation')}</Table.Caption>
        <Table.Tbody>
          <Row label={t('Type')}>{orgKindLabel(t, unit.kind)}</Row>
          <Row label={t('Nom court')}>{unit.shortName ?? '—'}</Row>
          <Row label={t('FINESS')}>{unit.finess ?? '—'}</Row>
          {unit.establishment ? <EstablishmentRows establishment={unit.establishment} canOpen={canOpen} /> : null}
        </Table.Tbody>
      </Table>
      {unit.establishment ? (
        <section aria-labelledby="capacities-title">
          <Title order={2} size="h4" id="capacities-title" mb="xs">
            {t('Capacités')}
          </Title>
          <CapacitiesTable capacities={unit.establishment.capacities} />
        </section>
      ) : null}
      <Text size="sm" c="gray.7">
        {t('Version {{version}}, enregistrée le {{date}}', {
          version: unit.version,
          date: formatDateTime(unit.updatedAt, i18n.language),
        })}
      </Text>
    </Stack>
  );
}
