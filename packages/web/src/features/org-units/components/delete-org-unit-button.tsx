import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import type { OrgUnit } from '../../../types/api.ts';
import { useDeleteOrgUnit } from '../api/delete-org-unit.ts';

export function DeleteOrgUnitButton({ unit, onDeleted }: { unit: OrgUnit; onDeleted: () => void }) {
  const { t } = useTranslation();
  const deleteOrgUnit = useDeleteOrgUnit();
  return (
    <ConfirmButton
      label={t('Supprimer')}
      leftSection={<IconTrash size={16} aria-hidden />}
      title={t('Supprimer cette organisation ?')}
      message={
        unit.childCount > 0
          ? t('« {{name}} » contient {{number}} sous-organisations : déplacez-les ou supprimez-les d’abord.', { name: unit.name, number: unit.childCount })
          : t('« {{name}} » sera supprimée. Les rôles attribués sur cette organisation seront retirés.', { name: unit.name })
      }
      confirmLabel={t('Supprimer définitivement')}
      onConfirm={async () => {
        await deleteOrgUnit.mutateAsync({ id: unit.id, version: unit.version, parentId: unit.parentId });
        onDeleted();
      }}
    />
  );
}
