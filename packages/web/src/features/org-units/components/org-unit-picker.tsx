import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind } from '@jalon/domain/organisation/establishment';
import { orgKindLabel } from '../../../lib/labels.ts';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { useOrgUnits } from '../api/get-org-units.ts';

export interface OrgUnitPickerProps {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  description?: string;
  required?: boolean;
  /** Units that cannot be picked (the unit being moved, for instance). */
  excludeIds?: readonly string[];
  kind?: OrgUnitKind;
  /** Keeps only the units that may be picked here (e.g. kinds allowed as a parent). */
  accept?: (unit: OrgUnitView) => boolean;
}

/** Searchable choice of one organisation in the user's scope, searched on the server. */
export function OrgUnitPicker(props: OrgUnitPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Once an option is picked the search box shows its label; that is not a new search.
  const query = selected && search === selected.label ? '' : debounced;
  const results = useOrgUnits(
    // Few enough to show without scrolling (see the theme); typing narrows the list.
    { q: query, pageSize: 8, ...(props.kind ? { kind: props.kind } : {}) },
    { enabled: query.length >= 2 },
  );
  const excluded = new Set(props.excludeIds ?? []);
  const found = (results.data?.items ?? [])
    .filter((unit) => !excluded.has(unit.id) && (props.accept?.(unit) ?? true))
    .map((unit) => ({ value: unit.id, label: `${unit.name} — ${orgKindLabel(t, unit.kind)}` }));
  const keepSelected =
    selected && selected.value === props.value && !found.some((option) => option.value === selected.value);
  const data = keepSelected ? [selected, ...found] : found;
  return (
    <Select
      label={props.label}
      description={props.description ?? t('Tapez au moins 2 caractères du nom ou du FINESS.')}
      placeholder={t('Rechercher une organisation')}
      searchable
      clearable
      required={props.required ?? false}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered (accent-insensitive); filtering again here would hide matches.
      filter={({ options }) => options}
      data={data}
      value={props.value}
      onChange={(value, option) => {
        setSelected(value && option ? { value, label: option.label } : null);
        props.onChange(value);
      }}
      error={props.error}
      nothingFoundMessage={query.length >= 2 && !results.isFetching ? t('Aucune organisation trouvée') : undefined}
    />
  );
}
