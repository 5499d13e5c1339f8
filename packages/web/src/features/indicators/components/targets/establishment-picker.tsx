import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { useEstablishments } from '../../api/get-establishments.ts';

// Few enough to show without scrolling (see the theme); typing narrows the list.
const PAGE_SIZE = 8;

function optionLabel(unit: OrgUnitView): string {
  return unit.finess ? `${unit.name} (${unit.finess})` : unit.name;
}

/**
 * Choice of one establishment of the user's scope. Opening the list shows the
 * first ones; typing searches the server (accent-insensitive, name or FINESS).
 */
export function EstablishmentPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (unit: OrgUnitView | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<OrgUnitView | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Once an option is picked the box shows its label; that is not a new search.
  const query = selected && search === optionLabel(selected) ? '' : debounced;
  const results = useEstablishments({ pageSize: PAGE_SIZE, ...(query ? { q: query } : {}) });
  const found = results.data?.items ?? [];
  const units = selected && !found.some((unit) => unit.id === selected.id) ? [selected, ...found] : found;
  return (
    <Select
      label={t('Établissement')}
      description={t('Tapez une partie du nom ou le numéro FINESS.')}
      placeholder={t('Rechercher un établissement')}
      searchable
      clearable
      required
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered (accent-insensitive); filtering again here would hide matches.
      filter={({ options }) => options}
      data={units.map((unit) => ({ value: unit.id, label: optionLabel(unit) }))}
      value={value}
      onChange={(id) => {
        const unit = units.find((candidate) => candidate.id === id) ?? null;
        setSelected(unit);
        onChange(unit);
      }}
      error={error}
      nothingFoundMessage={!results.isFetching ? t('Aucun établissement trouvé') : undefined}
      maw={560}
    />
  );
}
