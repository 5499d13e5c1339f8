import { Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasFieldErrorsFor, placeFieldErrors } from '../../../lib/form-errors.ts';
import { zodValidate } from '../../../lib/zod-form.ts';
import { changePasswordInputSchema, useChangePassword, type ChangePasswordInput } from '../api/change-password.ts';
import { PasswordRules } from '../../../components/password-rules.tsx';
import { PasswordField } from '../../../components/password-field.tsx';

const FIELDS = ['currentPassword', 'newPassword'] as const;

function isWrongCurrentPassword(error: unknown): boolean {
  return isApiError(error) && (error.code === 'INVALID_CURRENT_PASSWORD' || error.code === 'INVALID_CREDENTIALS');
}

export function PasswordForm() {
  const { t, i18n } = useTranslation();
  const changePassword = useChangePassword();
  const form = useForm<ChangePasswordInput>({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: zodValidate(
      changePasswordInputSchema,
      {
        currentPassword: t('Saisissez votre mot de passe actuel.'),
        newPassword: t('Le nouveau mot de passe ne respecte pas les règles ci-dessous.'),
      },
      t('Valeur invalide.'),
    ),
  });
  const submit = (values: ChangePasswordInput) =>
    changePassword.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: 'green',
          message: t('Mot de passe modifié. Vos autres sessions ont été fermées.'),
        });
      },
      onError: (error) => {
        placeFieldErrors(error, FIELDS, form.setFieldError, t, i18n.language);
        // A wrong current password may come without a field path: it still belongs on that field.
        if (isWrongCurrentPassword(error) && !hasFieldErrorsFor(error, FIELDS)) {
          form.setFieldError('currentPassword', t('Mot de passe actuel incorrect.'));
        }
      },
    });
  const error = changePassword.error;
  const showGlobalError =
    changePassword.isError && !hasFieldErrorsFor(error, FIELDS) && !isWrongCurrentPassword(error);
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack maw={480}>
        {showGlobalError ? <ErrorAlert error={changePassword.error} /> : null}
        <PasswordField
          label={t('Mot de passe actuel')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t('Nouveau mot de passe')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('Le mot de passe doit contenir :')}
          </Text>
          <PasswordRules id="password-rules" value={form.values.newPassword} />
        </div>
        <Button type="submit" loading={changePassword.isPending} w="fit-content">
          {t('Changer le mot de passe')}
        </Button>
      </Stack>
    </form>
  );
}
