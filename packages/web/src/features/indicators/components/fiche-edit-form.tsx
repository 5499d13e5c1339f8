import { Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { TargetRule } from '@jalon/domain/indicators/indicator-definition';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { fieldErrorMessage } from '../../../lib/error-messages.ts';
import type { IndicatorDetail } from '../../../types/api.ts';
import { isIndicatorDetail, useUpdateIndicator } from '../api/update-indicator.ts';
import { FicheEditConflict } from './fiche-edit-conflict.tsx';
import { FicheEditFields } from './fiche-edit-fields.tsx';
import { FicheEditTargets } from './fiche-edit-targets.tsx';
import { ficheValidate } from './fiche-edit-validate.ts';
import { definitionFromFormValues, errorTarget, formValuesFromDefinition, mergeDraft, NOTE_MAX_LENGTH, type FicheFormValues } from './fiche-edit-values.ts';

/** "Plus de 500 lits, 2027 : " for a server path inside the target table, so its message says which cell. */
function cellPrefix(path: string, base: IndicatorDetail): string {
  const match = /^definition\.targets\.(\d+)(?:\.years\.(\d{4}))?/.exec(path);
  const scope = match ? base.definition.targets[Number(match[1])]?.scope.label : undefined;
  if (!match || scope === undefined) return '';
  return match[2] ? `${scope}, ${match[2]} : ` : `${scope} : `;
}

/** Spreads a 400's field errors over the form; returns those no field shows, for the alert by the save button. */
function placeServerErrors(error: unknown, form: UseFormReturnType<FicheFormValues>, base: IndicatorDetail, t: TFunction, locale: string): string[] {
  if (!isApiError(error)) return [];
  const unplaced: string[] = [];
  const inTargets: string[] = [];
  for (const fieldError of error.errors) {
    const message = fieldErrorMessage(t, fieldError, locale);
    const target = errorTarget(fieldError.path);
    if (target === 'targets') inTargets.push(cellPrefix(fieldError.path, base) + message);
    else if (target) form.setFieldError(target, message);
    else if (fieldError.path === 'note' || fieldError.path === 'body.note') form.setFieldError('note', message);
    else unplaced.push(message);
  }
  if (inTargets.length > 0) form.setFieldError('targets', inTargets.join('\n'));
  return unplaced;
}

function LeaveModal({ opened, onStay, onLeave }: { opened: boolean; onStay: () => void; onLeave: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('Quitter sans enregistrer ?')} centered>
      <Stack>
        <Text>{t('Vos modifications de la fiche seront perdues.')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay}>{t('Continuer la modification')}</Button>
          <Button color="red" onClick={onLeave}>{t('Quitter sans enregistrer')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface FicheEditFormProps {
  indicator: IndicatorDetail;
  onSaved: (saved: IndicatorDetail) => void;
  onCancel: () => void;
}

/** Edits a fiche against the version it was loaded at; the server refuses a stale write (412) and the user then chooses. */
export function FicheEditForm({ indicator, onSaved, onCancel }: FicheEditFormProps) {
  const { t, i18n } = useTranslation();
  const update = useUpdateIndicator();
  const [base, setBase] = useState(indicator);
  const [conflict, setConflict] = useState<IndicatorDetail | null>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [leaving, leave] = useDisclosure(false);
  const form = useForm<FicheFormValues>({ initialValues: formValuesFromDefinition(indicator.definition), validate: ficheValidate(t) });

  const submit = (values: FicheFormValues) => {
    setUnplaced([]);
    const definition = definitionFromFormValues(base.definition, values);
    const variables = { code: base.code, catalogue: base.catalogue.slug, version: base.version, definition, note: values.note.trim() };
    update.mutate(variables, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('Fiche enregistrée (version {{version}})', { version: saved.version }) });
        onSaved(saved);
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT' && isIndicatorDetail(error.current)) setConflict(error.current);
        else setUnplaced(placeServerErrors(error, form, base, t, i18n.language));
      },
    });
  };
  // Both ways on from a conflict start again from their version; the draft decides what is laid on top.
  const adopt = (current: IndicatorDetail, keepMine: boolean) => {
    const theirs = formValuesFromDefinition(current.definition);
    const started = formValuesFromDefinition(base.definition);
    form.setValues(keepMine ? mergeDraft(started, form.values, theirs) : { ...theirs, note: form.values.note });
    form.resetDirty({ ...theirs, note: '' });
    setBase(current);
    setConflict(null);
    update.reset();
  };
  const setCell = (row: number, year: string, rule: TargetRule | undefined) => {
    const targets = form.values.targets.map((years, index) => {
      if (index !== row) return years;
      const { [year]: _dropped, ...others } = years;
      return rule === undefined ? others : { ...others, [year]: rule };
    });
    form.setFieldValue('targets', targets);
  };
  const cancel = () => (form.isDirty() ? leave.open() : onCancel());
  const otherError = update.isError && !conflict ? update.error : null;
  const targetsError = typeof form.errors.targets === 'string' ? form.errors.targets : null;

  return (
    <form noValidate aria-label={t('Modifier la fiche {{code}}', { code: base.code })} onSubmit={form.onSubmit(submit, () => setAttempted(true))}>
      <Stack gap="xl">
        <section aria-labelledby="fiche-edit-texts">
          <Title order={2} size="h3" id="fiche-edit-texts" mb="sm">{t('Textes de la fiche')}</Title>
          <FicheEditFields form={form} />
        </section>
        <section aria-labelledby="fiche-edit-targets">
          <Title order={2} size="h3" id="fiche-edit-targets" mb="sm">{t('Cibles par catégorie et par année')}</Title>
          <FicheEditTargets base={base.definition} targets={form.values.targets} error={targetsError} showCellErrors={attempted} onChange={setCell} />
        </section>
        <section aria-labelledby="fiche-edit-save">
          <Title order={2} size="h3" id="fiche-edit-save" mb="sm">{t('Enregistrement')}</Title>
          <Stack gap="md">
            <Textarea
              label={t('Note de version')}
              description={t('Pourquoi la fiche change, par exemple « Avenant n° 1 : cible 2027 relevée ».')}
              required
              autosize
              minRows={2}
              maxLength={NOTE_MAX_LENGTH}
              {...form.getInputProps('note')}
            />
            {conflict ? (
              <FicheEditConflict
                current={conflict}
                draft={definitionFromFormValues(base.definition, form.values)}
                onTakeTheirs={() => adopt(conflict, false)}
                onKeepMine={() => adopt(conflict, true)}
              />
            ) : null}
            {otherError ? <ErrorAlert error={otherError} /> : null}
            {unplaced.length > 0 ? <Text c="red.8" size="sm" style={{ whiteSpace: 'pre-line' }}>{unplaced.join('\n')}</Text> : null}
            <Group>
              <Button type="submit" loading={update.isPending} disabled={conflict !== null}>{t('Enregistrer la fiche')}</Button>
              <Button variant="default" onClick={cancel}>{t('Annuler')}</Button>
            </Group>
          </Stack>
        </section>
      </Stack>
      <LeaveModal opened={leaving} onStay={leave.close} onLeave={() => { leave.close(); onCancel(); }} />
    </form>
  );
}
