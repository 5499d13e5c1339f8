import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import type { Override } from '@jalon/contract/indicators/negotiated-target';
import { useDeleteTargetOverride } from '../../api/delete-target-override.ts';

/**
 * Withdraws the negotiated rule, against the version the dialog shows, so the
 * fiche's applies again. The confirmation opens over the negotiation dialog,
 * which `onConfirming` tells to leave Escape to it.
 */
export function NegotiationWithdraw({
  orgUnitId,
  catalogue,
  establishment,
  override,
  onConfirming,
  onDone,
}: {
  orgUnitId: string;
  catalogue: string;
  establishment: string;
  override: Override;
  onConfirming: (open: boolean) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useDeleteTargetOverride();
  const [opened, setOpened] = useState(false);
  const { code, year } = override;
  const toggle = (open: boolean) => {
    setOpened(open);
    onConfirming(open);
    if (!open) withdraw.reset();
  };
  const confirm = () => {
    withdraw.mutate(
      { orgUnitId, catalogue, code, year, component: override.component?.key ?? null, version: override.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('Cible de la fiche rétablie') });
          toggle(false);
          onDone();
        },
      },
    );
  };
  const title = t('Rendre la cible de la fiche ?');
  return (
    <>
      <Button variant="default" color="red" onClick={() => toggle(true)}>
        {t('Rendre la cible de la fiche')}
      </Button>
      <Modal opened={opened} onClose={() => toggle(false)} title={title} centered>
        <Stack>
          <Text>
            {t(
              'La règle de la fiche s’appliquera de nouveau à {{name}} pour {{code}} en {{year}} ; la cible négociée et son motif seront retirés.',
              { name: establishment, code, year },
            )}
          </Text>
          {withdraw.isError ? <ErrorAlert error={withdraw.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => toggle(false)}>
              {t('Annuler')}
            </Button>
            <Button color="red" loading={withdraw.isPending} onClick={confirm}>
              {t('Rendre la cible de la fiche')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
