import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isChildKindAllowed } from '@jalon/domain/organisation/org-tree';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { useMoveOrgUnit } from '../api/move-org-unit.ts';
import { OrgUnitPicker } from './org-unit-picker.tsx';

/** Moves a unit with its whole subtree under another parent found by search. */
export function MoveOrgUnitForm({
  unit,
  onMoved,
  onCancel,
}: {
  unit: OrgUnitView;
  onMoved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const moveOrgUnit = useMoveOrgUnit();
  const [parentId, setParentId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!parentId) {
      setMissing(true);
      return;
    }
    moveOrgUnit.mutate({ id: unit.id, version: unit.version, parentId }, { onSuccess: onMoved });
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Text size="sm">
          {t('« {{name}} » sera déplacée avec toutes ses sous-organisations.', { name: unit.name })}
        </Text>
        {moveOrgUnit.isError ? <ErrorAlert error={moveOrgUnit.error} title={t('Déplacement impossible')} /> : null}
        <OrgUnitPicker
          label={t('Nouvelle organisation parente')}
          required
          value={parentId}
          onChange={(id) => {
            setParentId(id);
            setMissing(false);
          }}
          excludeIds={[unit.id, ...(unit.parentId ? [unit.parentId] : [])]}
          accept={(candidate) => isChildKindAllowed(candidate.kind, unit.kind)}
          description={t(
            'Tapez au moins 2 caractères du nom ou du FINESS ; seules les organisations pouvant accueillir celle-ci sont proposées.',
          )}
          error={missing ? t('Choisissez la nouvelle organisation parente.') : undefined}
        />
        <Group>
          <Button type="submit" loading={moveOrgUnit.isPending}>
            {t('Déplacer')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('Annuler')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
