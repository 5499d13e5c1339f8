import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime, formatTime } from '../../../lib/format.ts';
import type { UserView } from '@jalon/contract/users/user';
import { useUnlockUser } from '../api/unlock-user.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { isLocked } from './user-status.ts';

function LockedAlert({ user, lockedUntil, canWrite }: { user: UserView; lockedUntil: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const unlockUser = useUnlockUser();
  const unlock = () =>
    unlockUser.mutate(user.id, {
      onSuccess: () => notifications.show({ color: 'green', message: t('Compte déverrouillé.') }),
    });
  return (
    <Alert color="orange" variant="light" icon={<IconLock aria-hidden />} title={t('Compte verrouillé')}>
      <Stack gap="xs">
        <Text size="sm">
          {t('Verrouillé jusqu’à {{time}} après trop d’échecs de connexion.', {
            time: formatTime(lockedUntil, i18n.language),
          })}
        </Text>
        {unlockUser.isError ? <ErrorAlert error={unlockUser.error} /> : null}
        {canWrite ? (
          <Button size="xs" w="fit-content" color="dark" loading={unlockUser.isPending} onClick={unlock}>
            {t('Déverrouiller le compte')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Activation and unlocking of an account (users.write). */
export function UserAccountActions({ user, canWrite }: { user: UserView; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  // Two mutations: a failed deactivation is reported inside its confirmation
  // dialog, a failed reactivation on the page.
  const deactivate = useUpdateUser();
  const reactivate = useUpdateUser();
  const locked = isLocked(user);
  return (
    <Stack>
      {reactivate.isError ? <ErrorAlert error={reactivate.error} /> : null}
      {locked && user.lockedUntil ? (
        <LockedAlert user={user} lockedUntil={user.lockedUntil} canWrite={canWrite} />
      ) : null}
      <Text size="sm">
        {user.lastLoginAt
          ? t('Dernière connexion : {{date}}', { date: formatDateTime(user.lastLoginAt, i18n.language) })
          : t('Ne s’est encore jamais connecté.')}
      </Text>
      {canWrite ? (
        <Group>
          {user.active ? (
            <ConfirmButton
              label={t('Désactiver le compte')}
              title={t('Désactiver ce compte ?')}
              message={t(
                '{{name}} ne pourra plus se connecter ; ses sessions et jetons cessent de fonctionner. Vous pourrez le réactiver.',
                { name: user.displayName },
              )}
              confirmLabel={t('Désactiver')}
              onConfirm={() => deactivate.mutateAsync({ id: user.id, version: user.version, input: { active: false } })}
            />
          ) : (
            <Button
              variant="light"
              loading={reactivate.isPending}
              onClick={() => reactivate.mutate({ id: user.id, version: user.version, input: { active: true } })}
            >
              {t('Réactiver le compte')}
            </Button>
          )}
        </Group>
      ) : null}
    </Stack>
  );
}
