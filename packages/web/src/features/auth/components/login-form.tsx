import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { zodValidate } from '../../../lib/zod-form.ts';
import type { SessionResponse } from '@jalon/contract/auth/login';
import { loginInputSchema, useLogin, type LoginInput } from '../api/login.ts';
import { PasswordField } from '../../../components/password-field.tsx';

export function LoginForm({ onSuccess }: { onSuccess: (session: SessionResponse) => void }) {
  const { t } = useTranslation();
  const login = useLogin({ onSuccess });
  const form = useForm<LoginInput>({
    initialValues: { email: '', password: '' },
    validate: zodValidate(
      loginInputSchema,
      { email: t('Saisissez une adresse e-mail valide.'), password: t('Saisissez votre mot de passe.') },
      t('Valeur invalide.'),
    ),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => login.mutate(values))}>
      <Stack>
        {login.isError ? <ErrorAlert error={login.error} title={t('Connexion impossible')} /> : null}
        <TextInput
          label={t('Adresse e-mail')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('Mot de passe')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('Se connecter')}
        </Button>
      </Stack>
    </form>
  );
}
