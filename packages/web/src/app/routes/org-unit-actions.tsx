import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsMove, IconPencil, IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { allowedChildKinds } from '@jalon/domain/organisation/org-tree';
import { CreateOrgUnitForm } from '../../features/org-units/components/create-org-unit-form.tsx';
import { DeleteOrgUnitButton } from '../../features/org-units/components/delete-org-unit-button.tsx';
import { MoveOrgUnitForm } from '../../features/org-units/components/move-org-unit-form.tsx';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import type { OrgUnitRights } from '../permissions.ts';

interface OrgUnitActionsProps {
  unit: OrgUnitView;
  rights: OrgUnitRights;
  editing: boolean;
  onEdit: () => void;
}

/** Edit and add a child, then move and delete where the reader's scope allows them. */
export function OrgUnitActions({ unit, rights, editing, onEdit }: OrgUnitActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, createModal] = useDisclosure(false);
  const [moving, moveModal] = useDisclosure(false);
  const childKinds = allowedChildKinds(unit.kind);
  const openUnit = (orgUnitId: string) =>
    navigate({ to: '/administration/organisations/$orgUnitId', params: { orgUnitId } });
  return (
    <>
      <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit} disabled={editing}>
        {t('Modifier')}
      </Button>
      {childKinds.length > 0 ? (
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open}>
          {t('Ajouter une sous-organisation')}
        </Button>
      ) : null}
      {unit.parentId && rights.moveOrDelete ? (
        <Button variant="light" leftSection={<IconArrowsMove size={16} aria-hidden />} onClick={moveModal.open}>
          {t('Déplacer')}
        </Button>
      ) : null}
      {rights.moveOrDelete ? (
        <DeleteOrgUnitButton
          unit={unit}
          onDeleted={() =>
            void (unit.parentId ? openUnit(unit.parentId) : navigate({ to: '/administration/organisations' }))
          }
        />
      ) : null}
      <Modal
        opened={creating}
        onClose={createModal.close}
        title={t('Nouvelle sous-organisation dans « {{name}} »', { name: unit.name })}
        size="lg"
      >
        <CreateOrgUnitForm
          parentId={unit.id}
          kinds={childKinds}
          onCancel={createModal.close}
          onCreated={(created) => {
            createModal.close();
            void openUnit(created.id);
          }}
        />
      </Modal>
      <Modal opened={moving} onClose={moveModal.close} title={t('Déplacer {{name}}', { name: unit.name })} size="lg">
        <MoveOrgUnitForm unit={unit} onCancel={moveModal.close} onMoved={moveModal.close} />
      </Modal>
    </>
  );
}
