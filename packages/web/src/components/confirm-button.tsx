import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert.tsx';

interface ConfirmButtonProps {
  /** Text of the button that opens the dialog, and of the dialog's title. */
  label: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  leftSection?: ReactNode;
  /** Accessible name when the visible label alone is ambiguous (e.g. in a table row). */
  ariaLabel?: string;
  /**
   * Set when the action cannot succeed yet: the dialog then says why (`message`)
   * and offers no confirmation, only a way to close it.
   */
  blocked?: boolean;
}

/** A destructive action guarded by a dialog; failures are shown inside the dialog. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
      close();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        color={props.color ?? 'red'}
        variant={props.variant ?? 'light'}
        size={props.size ?? 'sm'}
        leftSection={props.leftSection}
        aria-label={props.ariaLabel}
        onClick={open}
      >
        {props.label}
      </Button>
      <Modal opened={opened} onClose={close} title={props.title} centered>
        <Stack>
          <Text>{props.message}</Text>
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {props.blocked ? t('Fermer') : t('Annuler')}
            </Button>
            {props.blocked ? null : (
              <Button color={props.color ?? 'red'} loading={busy} onClick={() => void confirm()}>
                {props.confirmLabel}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
