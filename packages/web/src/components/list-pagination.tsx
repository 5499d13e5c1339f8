import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page links with names screen readers can announce ("Page 3", "Page suivante"). */
export function ListPagination({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Group justify="space-between" component="nav" aria-label={t('Pagination')} wrap="wrap">
      <Text size="sm" c="gray.7">
        {t('{{total}} résultats', { total })}
      </Text>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getItemProps={(item) => ({ 'aria-label': t('Page {{page}}', { page: item }) })}
        getControlProps={(control) => {
          switch (control) {
            case 'first':
              return { 'aria-label': t('Première page') };
            case 'previous':
              return { 'aria-label': t('Page précédente') };
            case 'next':
              return { 'aria-label': t('Page suivante') };
            case 'last':
              return { 'aria-label': t('Dernière page') };
          }
        }}
      />
    </Group>
  );
}
