import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { LocaleSelect } from '../../../components/locale-select.tsx';
import { PasswordRules } from '../../../components/password-rules.tsx';
import { hasFieldErrorsFor, placeFieldErrors } from '../../../lib/form-errors.ts';
import { zodValidate } from '../../../lib/zod-form.ts';
import type { UserView } from '@jalon/contract/users/user';
import { USER_LIMITS } from '@jalon/contract/users/user-limits';
import { createUserInputSchema, useCreateUser, type CreateUserInput } from '../api/create-user.ts';
import { PasswordField } from '../../../components/password-field.tsx';

const FIELDS = ['email', 'displayName', 'password', 'locale'] as const;

export function CreateUserForm({ onCreated, onCancel }: { onCreated: (user: UserView) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const createUser = useCreateUser();
  const form = useForm<CreateUserInput>({
    initialValues: { email: '', displayName: '', password: '', locale: 'fr' },
    validate: zodValidate(
      createUserInputSchema,
      {
        email: t('Saisissez une adresse e-mail valide.'),
        displayName: t('Saisissez un nom ({{max}} caractères au plus).', { max: USER_LIMITS.displayName }),
        password: t('Le mot de passe initial ne respecte pas les règles ci-dessous.'),
      },
      t('Valeur invalide.'),
    ),
  });
  const submit = (values: CreateUserInput) =>
    createUser.mutate(
      { ...values, email: values.email.trim() },
      {
        onSuccess: onCreated,
        onError: (error) => placeFieldErrors(error, FIELDS, form.setFieldError, t, i18n.language),
      },
    );
  const showError = createUser.isError && !hasFieldErrorsFor(createUser.error, FIELDS);
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack>
        {showError ? <ErrorAlert error={createUser.error} /> : null}
        <TextInput
          label={t('Adresse e-mail')}
          type="email"
          required
          maxLength={USER_LIMITS.email}
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('Nom affiché')}
          required
          maxLength={USER_LIMITS.displayName}
          {...form.getInputProps('displayName')}
        />
        <PasswordField
          label={t('Mot de passe initial')}
          description={t('Transmettez-le à la personne par un canal sûr ; elle pourra le changer dans « Mon compte ».')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('Le mot de passe doit contenir :')}
          </Text>
          <PasswordRules id="new-user-password-rules" value={form.values.password} />
        </div>
        <LocaleSelect
          value={form.values.locale}
          error={form.errors.locale}
          onChange={(locale) => form.setFieldValue('locale', locale)}
        />
        <Group>
          <Button type="submit" loading={createUser.isPending}>
            {t('Créer l’utilisateur')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('Annuler')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
