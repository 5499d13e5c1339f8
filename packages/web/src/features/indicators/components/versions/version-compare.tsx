import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { PageSkeleton } from '../../../../components/page-skeleton.tsx';
import type { VersionSummary } from '@jalon/contract/indicators/fiche';
import { useIndicatorVersion } from '../../api/get-indicator-version.ts';
import { compareDefinitions } from './version-compare.ts';
import { DifferencesTable } from './version-compare-table.tsx';

interface Pair {
  from: number;
  to: number;
}

function CompareResult({ code, catalogue, pair }: { code: string; catalogue: string; pair: Pair }) {
  const { t } = useTranslation();
  const from = useIndicatorVersion(code, catalogue, pair.from);
  const to = useIndicatorVersion(code, catalogue, pair.to);
  if (from.isError || to.isError) return <ErrorAlert error={from.error ?? to.error} />;
  if (!from.data || !to.data) return <PageSkeleton rows={2} />;
  const differences = compareDefinitions(from.data.definition, to.data.definition);
  if (differences.length === 0) {
    return (
      <Text role="status">
        {t('Aucune différence entre la version {{from}} et la version {{to}}.', { from: pair.from, to: pair.to })}
      </Text>
    );
  }
  return (
    <DifferencesTable
      differences={differences}
      caption={t('Différences entre la version {{from}} et la version {{to}}', { from: pair.from, to: pair.to })}
      beforeLabel={t('Version {{version}}', { version: pair.from })}
      afterLabel={t('Version {{version}}', { version: pair.to })}
    />
  );
}

/** Two versions of the fiche side by side: what an amendment changed, field by field and cell by cell. */
export function VersionCompare({
  code,
  catalogue,
  versions,
}: {
  code: string;
  catalogue: string;
  versions: readonly VersionSummary[];
}) {
  const { t } = useTranslation();
  // Until the user picks, the latest change (the list is newest first), even after a new version arrives.
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const [pair, setPair] = useState<Pair | null>(null);
  const from = picked.from ?? String(versions[1]?.version ?? 1);
  const to = picked.to ?? String(versions[0]?.version ?? 1);
  if (versions.length < 2) return <Text c="dimmed">{t('Une seule version : rien à comparer pour l’instant.')}</Text>;
  const options = versions.map((entry) => ({
    value: String(entry.version),
    label: t('Version {{version}}', { version: entry.version }),
  }));
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('Comparer la version')}
          data={options}
          value={from}
          onChange={(event) => setPicked({ ...picked, from: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('avec la version')}
          data={options}
          value={to}
          onChange={(event) => setPicked({ ...picked, to: event.currentTarget.value })}
        />
        <Button variant="default" onClick={() => setPair({ from: Number(from), to: Number(to) })}>
          {t('Comparer')}
        </Button>
      </Group>
      {pair ? <CompareResult code={code} catalogue={catalogue} pair={pair} /> : null}
    </Stack>
  );
}
