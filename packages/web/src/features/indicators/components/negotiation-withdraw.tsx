import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import type { TargetOverride } from '../../../types/api.ts';
import { useDeleteTargetOverride } from '../api/delete-target-override.ts';

/** Withdraws the negotiated rule, against the version the dialog shows, so the fiche's applies again. */
export function NegotiationWithdraw({ orgUnitId, catalogue, establishment, override, onDone }: {
  orgUnitId: string;
  catalogue: string;
  establishment: string;
  override: TargetOverride;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useDeleteTargetOverride();
  const { code, year } = override;
  const confirm = async () => {
    await withdraw.mutateAsync({ orgUnitId, catalogue, code, year, component: override.component?.key ?? null, version: override.version });
    notifications.show({ color: 'green', message: t('Cible de la fiche rétablie') });
    onDone();
  };
  return (
    <ConfirmButton
      label={t('Rendre la cible de la fiche')}
      title={t('Rendre la cible de la fiche ?')}
      message={t('La règle de la fiche s’appliquera de nouveau à {{name}} pour {{code}} en {{year}} ; la cible négociée et son motif seront retirés.', { name: establishment, code, year })}
      confirmLabel={t('Rendre la cible de la fiche')}
      variant="default"
      color="red"
      onConfirm={confirm}
    />
  );
}
