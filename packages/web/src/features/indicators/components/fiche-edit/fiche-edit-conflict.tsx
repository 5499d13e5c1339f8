import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { compareDefinitions } from '../versions/version-compare.ts';
import { DifferencesTable } from '../versions/version-compare-table.tsx';

interface FicheConflictProps {
  /** The fiche as saved meanwhile by someone else (the 412 answer). */
  current: IndicatorDetail;
  /** What this user would have sent. */
  draft: IndicatorDefinition;
  /** Replace the form by their version. */
  onTakeTheirs: () => void;
  /** Their version with this user's own changes laid on top. */
  onKeepMine: () => void;
}

/** Shown on 412: who saved meanwhile, what they wrote where it differs from this draft, and two ways on; the draft stays until the user picks one. */
export function FicheEditConflict({ current, draft, onTakeTheirs, onKeepMine }: FicheConflictProps) {
  const { t } = useTranslation();
  const differences = compareDefinitions(draft, current.definition);
  const name = current.updatedBy?.name ?? t('quelqu’un d’autre');
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<IconGitMerge aria-hidden />}
      title={t('Modifiée entre-temps par {{name}} (version {{version}})', { name, version: current.version })}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t(
            'Votre saisie n’a pas été enregistrée : elle est conservée dans le formulaire tant que vous ne choisissez pas.',
          )}
        </Text>
        {differences.length > 0 ? (
          <DifferencesTable
            differences={differences}
            caption={t('Différences entre votre saisie et la version {{version}}', { version: current.version })}
            beforeLabel={t('Votre saisie')}
            afterLabel={t('Version {{version}} de {{name}}', { version: current.version, name })}
          />
        ) : (
          <Text size="sm">{t('Leur version dit la même chose que votre saisie.')}</Text>
        )}
        <Group gap="sm">
          <Button onClick={onTakeTheirs}>{t('Recharger leur version dans le formulaire')}</Button>
          <Button variant="default" onClick={onKeepMine}>
            {t('Reporter mes modifications sur leur version')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
