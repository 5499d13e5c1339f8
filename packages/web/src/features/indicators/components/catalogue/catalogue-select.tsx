import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogueSummary } from '@jalon/contract/indicators/fiche';

/** Choice of one indicator catalogue (a CPOM annex, a national set…). */
export function CatalogueSelect({
  catalogues,
  value,
  onChange,
}: {
  catalogues: CatalogueSummary[];
  value: string;
  onChange: (slug: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('Catalogue')}
      data={catalogues.map((catalogue) => ({
        value: catalogue.slug,
        label: t('{{title}} ({{count}} indicateurs)', { title: catalogue.title, count: catalogue.indicatorCount }),
      }))}
      value={value}
      onChange={(slug) => {
        if (slug) onChange(slug);
      }}
      allowDeselect={false}
      // Catalogue titles are long: the box takes the width it needs, up to the page's.
      maw={760}
    />
  );
}
