import { IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { useDeleteOrgUnit } from '../api/delete-org-unit.ts';

/**
 * What the dialog says. The server refuses to delete a unit with children
 * (409), so for one the dialog explains and offers no confirmation.
 */
export function deleteDialogTexts(t: TFunction, unit: Pick<OrgUnitView, 'name' | 'childCount'>) {
  if (unit.childCount > 0) {
    return {
      blocked: true,
      title: t('Cette organisation ne peut pas encore être supprimée'),
      message: t('« {{name}} » contient {{count}} sous-organisations : déplacez-les ou supprimez-les d’abord.', {
        name: unit.name,
        count: unit.childCount,
      }),
    };
  }
  return {
    blocked: false,
    title: t('Supprimer cette organisation ?'),
    message: t('« {{name}} » sera supprimée. Les rôles attribués sur cette organisation seront retirés.', {
      name: unit.name,
    }),
  };
}

export function DeleteOrgUnitButton({ unit, onDeleted }: { unit: OrgUnitView; onDeleted: () => void }) {
  const { t } = useTranslation();
  const deleteOrgUnit = useDeleteOrgUnit();
  return (
    <ConfirmButton
      label={t('Supprimer')}
      leftSection={<IconTrash size={16} aria-hidden />}
      {...deleteDialogTexts(t, unit)}
      confirmLabel={t('Supprimer définitivement')}
      onConfirm={async () => {
        await deleteOrgUnit.mutateAsync({ id: unit.id, version: unit.version, parentId: unit.parentId });
        onDeleted();
      }}
    />
  );
}
