import { Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordProblem } from '@jalon/domain/access/password-policy';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { hasFieldErrorsFor, placeFieldErrors } from '../../../lib/form-errors.ts';
import { changePasswordFormSchema, useChangePassword, type ChangePasswordFormValues } from '../api/change-password.ts';
import { PasswordRules } from '../../../components/password-rules.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { usePasswordProblems } from './use-password-problems.ts';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

function isWrongCurrentPassword(error: unknown): boolean {
  return isApiError(error) && (error.code === 'INVALID_CURRENT_PASSWORD' || error.code === 'INVALID_CREDENTIALS');
}

/** What the class rules list does not show: the dictionary and identity checks. */
export function policyProblemMessage(t: TFunction, problems: readonly PasswordProblem[]): string | null {
  if (problems.includes('CONTAINS_IDENTITY')) return t('Le mot de passe ne doit pas contenir votre identifiant.');
  if (problems.includes('TOO_GUESSABLE')) {
    return t(
      'Ce mot de passe est courant ou trop facile à deviner (un mot suivi de chiffres, une suite de caractères…). Choisissez une phrase ou plusieurs mots sans rapport entre eux.',
    );
  }
  return null;
}

function validate(t: TFunction, problems: readonly PasswordProblem[] | undefined) {
  return (values: ChangePasswordFormValues): Record<string, string> => {
    const errors: Record<string, string> = {};
    const result = changePasswordFormSchema.safeParse(values);
    for (const issue of result.success ? [] : result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (errors[path] !== undefined) continue;
      if (issue.message === 'PASSWORD_UNCHANGED')
        errors[path] = t('Le nouveau mot de passe doit être différent de l’actuel.');
      else if (issue.message === 'PASSWORD_MISMATCH')
        errors[path] = t('Les deux saisies du nouveau mot de passe diffèrent.');
      else if (path === 'currentPassword') errors[path] = t('Saisissez votre mot de passe actuel.');
      else errors[path] = t('Le nouveau mot de passe ne respecte pas les règles ci-dessous.');
    }
    const policy = problems ? policyProblemMessage(t, problems) : null;
    if (policy && errors.newPassword === undefined) errors.newPassword = policy;
    return errors;
  };
}

export function PasswordForm() {
  const { t, i18n } = useTranslation();
  const changePassword = useChangePassword();
  const form = useForm<ChangePasswordFormValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const problems = usePasswordProblems(form.values.newPassword);
  const submit = ({ currentPassword, newPassword }: ChangePasswordFormValues) =>
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({
            color: 'green',
            message: t('Mot de passe modifié. Vos autres sessions ont été fermées et vos jetons d’API révoqués.'),
          });
        },
        onError: (error) => {
          placeFieldErrors(error, FIELDS, form.setFieldError, t, i18n.language);
          // A wrong current password may come without a field path: it still belongs on that field.
          if (isWrongCurrentPassword(error) && !hasFieldErrorsFor(error, FIELDS)) {
            form.setFieldError('currentPassword', t('Mot de passe actuel incorrect.'));
          }
        },
      },
    );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate(t, problems)(form.values);
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) submit(form.values);
  };
  const error = changePassword.error;
  const showGlobalError = changePassword.isError && !hasFieldErrorsFor(error, FIELDS) && !isWrongCurrentPassword(error);
  const policyHint = form.values.newPassword && problems ? policyProblemMessage(t, problems) : null;
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack maw={480}>
        <Text c="dimmed" size="sm">
          {t(
            'Changer de mot de passe ferme vos autres sessions et révoque tous vos jetons d’API : recréez ensuite ceux dont vos logiciels ont besoin.',
          )}
        </Text>
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
          aria-describedby="password-rules password-policy-hint"
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t('Confirmez le nouveau mot de passe')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('Le mot de passe doit contenir :')}
          </Text>
          <PasswordRules id="password-rules" value={form.values.newPassword} />
          <Text id="password-policy-hint" size="sm" c={policyHint ? 'red.8' : 'dimmed'} mt={4} aria-live="polite">
            {policyHint ?? t('Il ne doit être ni courant, ni construit sur votre nom ou votre adresse e-mail.')}
          </Text>
        </div>
        <Button type="submit" loading={changePassword.isPending} w="fit-content">
          {t('Changer le mot de passe')}
        </Button>
      </Stack>
    </form>
  );
}
