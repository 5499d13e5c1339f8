import { Box, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { useIndicator } from '../../api/get-indicator.ts';
import { useTargetOverrides } from '../../api/get-target-overrides.ts';
import { NegotiationForm } from './negotiation-form.tsx';
import type { NegotiationTarget } from './negotiation-values.ts';
import { TargetLines } from '../targets/targets-table.tsx';

/** The fiche (its rules and components) and the negotiated targets with their versions, both needed before typing. */
function DialogBody({
  target,
  onConfirming,
  onClose,
}: {
  target: NegotiationTarget;
  onConfirming: (open: boolean) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { orgUnitId, catalogue, year, item } = target;
  const fiche = useIndicator(item.code, catalogue);
  const overrides = useTargetOverrides(orgUnitId, catalogue, year);
  if (fiche.isError) return <ErrorAlert error={fiche.error} />;
  if (overrides.isError) return <ErrorAlert error={overrides.error} />;
  // Overrides cached from an earlier opening may carry an old version: wait for the current ones.
  if (fiche.isPending || overrides.isPending || !overrides.isFetchedAfterMount) {
    return (
      <Box ta="center" py="lg">
        <Loader size="sm" aria-label={t('Chargement de la fiche…')} />
      </Box>
    );
  }
  return (
    <NegotiationForm
      target={target}
      fiche={fiche.data}
      overrides={overrides.data.items}
      onConfirming={onConfirming}
      onDone={onClose}
    />
  );
}

/** The ARS sets one indicator's target for the establishment and the page's year, with the target in force in sight. */
export function NegotiationDialog({ target, onClose }: { target: NegotiationTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  // Escape closes a confirmation opened over this dialog, not both.
  const [confirming, setConfirming] = useState(false);
  const title = target ? t('Cible négociée {{year}} — {{code}}', { year: target.year, code: target.item.code }) : '';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg" closeOnEscape={!confirming}>
      {target ? (
        <Stack gap="md">
          <Text size="sm">{target.item.title}</Text>
          <Box
            component="section"
            aria-labelledby="negotiation-target"
            bg="gray.0"
            p="sm"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Title order={3} size="h5" id="negotiation-target" mb={4}>
              {t('Cible {{year}}', { year: target.year })}
            </Title>
            <TargetLines item={target.item} />
          </Box>
          <DialogBody
            key={`${target.item.code}-${target.year}`}
            target={target}
            onConfirming={setConfirming}
            onClose={onClose}
          />
        </Stack>
      ) : null}
    </Modal>
  );
}
