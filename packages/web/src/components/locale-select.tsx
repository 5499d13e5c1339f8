import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../lib/locale.ts';
import type { Locale } from '@jalon/contract/users/user';

interface LocaleSelectProps {
  value: Locale;
  onChange: (locale: Locale) => void;
  error?: ReactNode;
}

/** The interface language of an account: French or English. */
export function LocaleSelect({ value, onChange, error }: LocaleSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('Langue')}
      allowDeselect={false}
      data={[
        { value: 'fr', label: t('Français') },
        { value: 'en', label: t('Anglais') },
      ]}
      value={value}
      error={error}
      onChange={(picked) => {
        if (isLocale(picked)) onChange(picked);
      }}
    />
  );
}
