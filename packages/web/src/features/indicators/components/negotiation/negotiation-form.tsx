import { Alert, Button, Fieldset, Group, List, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/error-alert.tsx';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import type { Override } from '@jalon/contract/indicators/negotiated-target';
import { FicheEditRule } from '../fiche-edit/fiche-edit-rule.tsx';
import { NegotiationConflictAlert } from './negotiation-conflict-alert.tsx';
import { useNegotiationSave } from './negotiation-save.ts';
import {
  ALL_COMPONENTS,
  ficheRowIndexes,
  initialComponent,
  negotiationValidate,
  ruleContextOf,
  startingValues,
  type NegotiationFormValues,
  type NegotiationTarget,
} from './negotiation-values.ts';
import { NegotiationWithdraw } from './negotiation-withdraw.tsx';

function UnplacedErrors({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('Cible négociée refusée')}
    >
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The fiche's rules for the chosen component (or each component), as its target table writes them. */
function FicheRuleLines({
  fiche,
  target,
  component,
}: {
  fiche: IndicatorDetail;
  target: NegotiationTarget;
  component: string | null;
}) {
  const { t } = useTranslation();
  const column = fiche.targetTable.years.indexOf(target.year);
  const lines = ficheRowIndexes(fiche.definition, target.establishment, component, target.year).flatMap((index) => {
    const row = fiche.targetTable.rows[index];
    const cell = row?.cells[column];
    if (!row || !cell) return [];
    const scope = row.component ? `${row.scope}, ${row.component.label}` : row.scope;
    return [t('Règle de la fiche pour {{scope}} : {{rule}}', { scope, rule: cell })];
  });
  if (lines.length === 0) return <Text size="sm">{t('La fiche ne fixe pas de cible cette année.')}</Text>;
  return (
    <Stack gap={2}>
      {lines.map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}

/** Negotiates (or renegotiates, from the version it opened) one indicator's target for the year; a stale save shows the other rule (412). */
export function NegotiationForm({
  target,
  fiche,
  overrides,
  onConfirming,
  onDone,
}: {
  target: NegotiationTarget;
  fiche: IndicatorDetail;
  overrides: Override[];
  /** Told when a confirmation opens over the form, and when it closes. */
  onConfirming: (open: boolean) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { orgUnitId, catalogue, year, item, establishment } = target;
  const { definition } = fiche;
  const ruleErrorId = useId();
  const [first] = useState(() =>
    startingValues(definition, establishment, overrides, year, initialComponent(overrides, item.code, year)),
  );
  const form = useForm<NegotiationFormValues>({ initialValues: first.values, validate: negotiationValidate(t) });
  const save = useNegotiationSave(target, form, first.base, onDone);
  const { base, conflict } = save;
  const component = form.values.component === ALL_COMPONENTS ? null : form.values.component;
  const pickComponent = (next: string) => {
    const start = startingValues(definition, establishment, overrides, year, next);
    // A reason typed for one component still holds when the user moves to another not negotiated yet.
    form.setValues({ ...start.values, reason: start.base ? start.values.reason : form.values.reason });
    form.clearErrors();
    save.restart(start.base);
  };
  const components = definition.kind.type === 'components' ? definition.kind.components : [];
  const place =
    component === null
      ? t('{{code}}, {{year}}', { code: item.code, year })
      : `${components.find((c) => c.key === component)?.label ?? component}, ${year}`;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(save.submit)}
      aria-label={t('Cible négociée {{year}} de {{code}}', { year, code: item.code })}
    >
      <Stack gap="md">
        {conflict ? (
          <NegotiationConflictAlert
            current={conflict}
            onTakeTheirs={() => save.resolve(conflict, true)}
            onKeepMine={() => save.resolve(conflict, false)}
          />
        ) : null}
        {save.otherError ? <ErrorAlert error={save.otherError} /> : null}
        <UnplacedErrors messages={save.unplaced} />
        {components.length > 0 ? (
          <NativeSelect
            label={t('Composante')}
            data={[
              { value: ALL_COMPONENTS, label: t('Toutes les composantes') },
              ...components.map((c) => ({ value: c.key, label: c.label })),
            ]}
            value={form.values.component}
            error={form.errors.component}
            onChange={(event) => pickComponent(event.currentTarget.value)}
          />
        ) : null}
        <FicheRuleLines fiche={fiche} target={target} component={component} />
        <Fieldset
          legend={t('Cible négociée')}
          variant="unstyled"
          aria-describedby={form.errors.rule ? ruleErrorId : undefined}
          styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
        >
          <Stack gap={6}>
            {form.errors.rule ? (
              <Text size="sm" c="var(--mantine-color-error)" role="alert" id={ruleErrorId}>
                {form.errors.rule}
              </Text>
            ) : null}
            <FicheEditRule
              rule={form.values.rule}
              place={place}
              context={ruleContextOf(definition)}
              error={null}
              onChange={(rule) => form.setFieldValue('rule', rule)}
            />
          </Stack>
        </Fieldset>
        <Textarea
          label={t('Motif')}
          description={t('Par exemple : Avenant n° 2 : activité de mammographie réduite')}
          required
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('reason')}
        />
        <Group justify="space-between">
          {base ? (
            <NegotiationWithdraw
              orgUnitId={orgUnitId}
              catalogue={catalogue}
              establishment={establishment.name}
              override={base}
              onConfirming={onConfirming}
              onDone={onDone}
            />
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('Annuler')}
            </Button>
            <Button type="submit" loading={save.pending} disabled={conflict !== null}>
              {t('Enregistrer')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
