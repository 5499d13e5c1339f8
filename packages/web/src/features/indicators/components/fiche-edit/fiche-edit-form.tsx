import { INDICATOR_LIMITS } from '@jalon/contract/indicators/indicator-limits';
import { Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useBlocker } from '@tanstack/react-router';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { FicheEditConflict } from './fiche-edit-conflict.tsx';
import { FicheEditFields } from './fiche-edit-fields.tsx';
import { useFicheSave } from './fiche-edit-save.ts';
import { FicheEditTargets } from './fiche-edit-targets.tsx';
import { ficheValidate } from './fiche-edit-validate.ts';
import {
  definitionFromFormValues,
  ficheChanged,
  formValuesFromDefinition,
  withCell,
  type FicheFormValues,
} from './fiche-edit-values.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

function LeaveModal({ opened, onStay, onLeave }: { opened: boolean; onStay: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('Quitter sans enregistrer ?')} centered>
      <Stack>
        <Text>{t('Vos modifications de la fiche seront perdues.')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay}>
            {t('Continuer la modification')}
          </Button>
          <Button color="red" onClick={onLeave}>
            {t('Quitter sans enregistrer')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function NoteField({ form }: { form: UseFormReturnType<FicheFormValues> }) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('Note de version')}
      description={t('Pourquoi la fiche change, par exemple « Avenant n° 1 : cible 2027 relevée ».')}
      required
      autosize
      minRows={2}
      maxLength={INDICATOR_LIMITS.note}
      {...form.getInputProps('note')}
    />
  );
}

interface FicheEditFormProps {
  indicator: IndicatorDetail;
  onSaved: (saved: IndicatorDetail) => void;
  onCancel: () => void;
}

/** Edits a fiche against the version it was loaded at; the server refuses a stale write (412) and the user then chooses. */
export function FicheEditForm({ indicator, onSaved, onCancel }: FicheEditFormProps) {
  const { t } = useTranslation();
  const form = useForm<FicheFormValues>({
    initialValues: formValuesFromDefinition(indicator.definition),
    validate: ficheValidate(t),
  });
  const saved = useRef(false);
  const { update, base, conflict, unplaced, submit, adopt } = useFicheSave(indicator, form, (fiche) => {
    saved.current = true;
    onSaved(fiche);
  });
  // Incomplete cells are marked once the user has tried to save, not while they are still typing.
  const [attempted, setAttempted] = useState(false);
  // Any way out with unsaved changes (Annuler, a link, the browser) asks first.
  const unsaved = () => !saved.current && form.isDirty();
  const leaving = useBlocker({ shouldBlockFn: unsaved, enableBeforeUnload: unsaved, withResolver: true });
  const otherError = update.isError && !conflict ? update.error : null;
  const targetsError = typeof form.errors.targets === 'string' ? form.errors.targets : null;
  // The server would write nothing for an unchanged fiche: nothing to offer.
  const changed = ficheChanged(base.definition, form.values);
  return (
    <form
      noValidate
      aria-label={t('Modifier la fiche {{code}}', { code: base.code })}
      onSubmit={form.onSubmit(submit, () => setAttempted(true))}
    >
      <Stack gap="xl">
        <Section id="fiche-edit-texts" title={t('Textes de la fiche')}>
          <FicheEditFields form={form} />
        </Section>
        <Section id="fiche-edit-targets" title={t('Cibles par catégorie et par année')}>
          <FicheEditTargets
            base={base.definition}
            targets={form.values.targets}
            error={targetsError}
            showCellErrors={attempted}
            onChange={(row, year, rule) =>
              form.setFieldValue('targets', withCell(form.values.targets, row, year, rule))
            }
          />
        </Section>
        <Section id="fiche-edit-save" title={t('Enregistrement')}>
          <Stack gap="md">
            <NoteField form={form} />
            {conflict ? (
              <FicheEditConflict
                current={conflict}
                draft={definitionFromFormValues(base.definition, form.values)}
                onTakeTheirs={() => adopt(conflict, false)}
                onKeepMine={() => adopt(conflict, true)}
              />
            ) : null}
            {otherError ? <ErrorAlert error={otherError} /> : null}
            {unplaced.length > 0 ? (
              <Text c="red.8" size="sm" style={{ whiteSpace: 'pre-line' }}>
                {unplaced.join('\n')}
              </Text>
            ) : null}
            <Group>
              <Button
                type="submit"
                loading={update.isPending}
                disabled={conflict !== null || !changed}
                aria-describedby={changed ? undefined : 'fiche-unchanged'}
              >
                {t('Enregistrer la fiche')}
              </Button>
              <Button variant="default" onClick={onCancel}>
                {t('Annuler')}
              </Button>
              {changed ? null : (
                <Text id="fiche-unchanged" size="sm" c="gray.7">
                  {t('Aucune modification de la fiche à enregistrer.')}
                </Text>
              )}
            </Group>
          </Stack>
        </Section>
      </Stack>
      <LeaveModal
        opened={leaving.status === 'blocked'}
        onStay={() => leaving.reset?.()}
        onLeave={() => leaving.proceed?.()}
      />
    </form>
  );
}
