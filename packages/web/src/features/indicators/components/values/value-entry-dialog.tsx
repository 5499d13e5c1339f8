import { Box, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import { useIndicatorValues } from '../../api/get-indicator-values.ts';
import { useIndicator } from '../../api/get-indicator.ts';
import { TargetLines } from '../targets/targets-table.tsx';
import { ValueEntryForm, type ValueEntryTarget } from './value-entry-form.tsx';

/** The fiche (kind, labels, what the comment must state) and the stored version, both needed before typing. */
function DialogBody({ target, onClose }: { target: ValueEntryTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { orgUnitId, catalogue, year, item } = target;
  const fiche = useIndicator(item.code, catalogue);
  const values = useIndicatorValues(orgUnitId, catalogue, year);
  if (fiche.isError) return <ErrorAlert error={fiche.error} />;
  if (values.isError) return <ErrorAlert error={values.error} />;
  // Values cached from an earlier opening may carry an old version: wait for the current one.
  if (fiche.isPending || values.isPending || !values.isFetchedAfterMount) {
    return (
      <Box ta="center" py="lg">
        <Loader size="sm" aria-label={t('Chargement de la fiche…')} />
      </Box>
    );
  }
  const stored = values.data.items.find((value) => value.code === item.code && value.year === year);
  return <ValueEntryForm target={target} fiche={fiche.data} stored={stored} onDone={onClose} />;
}

/** Entering one indicator's value for the page's year, with the year's target in sight. */
export function ValueEntryDialog({ target, onClose }: { target: ValueEntryTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = target ? t('Valeur {{year}} — {{code}}', { year: target.year, code: target.item.code }) : '';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? (
        <Stack gap="md">
          <Text size="sm">{target.item.title}</Text>
          <Box
            component="section"
            aria-labelledby="value-entry-target"
            bg="gray.0"
            p="sm"
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          >
            <Title order={3} size="h5" id="value-entry-target" mb={4}>
              {t('Cible {{year}}', { year: target.year })}
            </Title>
            <TargetLines item={target.item} />
          </Box>
          <DialogBody key={`${target.item.code}-${target.year}`} target={target} onClose={onClose} />
        </Stack>
      ) : null}
    </Modal>
  );
}
