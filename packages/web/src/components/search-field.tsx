import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * A search box whose query lives in the page address: typing updates the
 * address after a short pause, and going back or forward updates the box.
 */
export function SearchField({
  label,
  description,
  query,
  onSearch,
}: {
  label: string;
  description: string;
  query: string | undefined;
  onSearch: (query: string) => void;
}) {
  const [text, setText] = useState(query ?? '');
  const [shownQuery, setShownQuery] = useState(query);
  // The address changed without typing (back button, link): show its query.
  if (query !== shownQuery) {
    setShownQuery(query);
    if ((query ?? '') !== text.trim()) setText(query ?? '');
  }
  const search = useDebouncedCallback((value: string) => onSearch(value.trim()), 300);
  return (
    <TextInput
      type="search"
      label={label}
      description={description}
      leftSection={<IconSearch size={16} aria-hidden />}
      maw={480}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
    />
  );
}
