import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A year of the CPOM period; a native list so keyboards and screen readers handle it as they always do. */
export function YearSelect({
  years,
  value,
  onChange,
}: {
  years: number[];
  value: number;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('Année')}
      data={years.map(String)}
      value={String(value)}
      onChange={(event) => onChange(Number(event.currentTarget.value))}
      w={140}
    />
  );
}
