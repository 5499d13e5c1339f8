import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { LocaleSelect } from '../../../components/locale-select.tsx';
import { placeFieldErrors } from '../../../lib/form-errors.ts';
import { storeLocale } from '../../../lib/locale.ts';
import { zodValidate } from '../../../lib/zod-form.ts';
import type { Me } from '@jalon/contract/account/me';
import type { Locale } from '@jalon/contract/users/user';
import { USER_LIMITS } from '@jalon/contract/users/user-limits';
import { updateMeInputSchema, useUpdateMe } from '../api/update-me.ts';

interface ProfileValues {
  displayName: string;
  locale: Locale;
}

export function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const updateMe = useUpdateMe();
  const form = useForm<ProfileValues>({
    initialValues: { displayName: me.displayName, locale: me.locale },
    validate: zodValidate(
      updateMeInputSchema,
      { displayName: t('Saisissez un nom ({{max}} caractères au plus).', { max: USER_LIMITS.displayName }) },
      t('Valeur invalide.'),
    ),
  });
  const submit = (values: ProfileValues) =>
    updateMe.mutate(values, {
      onSuccess: (user) => {
        form.resetDirty({ displayName: user.displayName, locale: user.locale });
        storeLocale(user.locale);
        if (user.locale !== i18n.language) void i18n.changeLanguage(user.locale);
        notifications.show({ color: 'green', message: t('Profil enregistré.') });
      },
      onError: (error) => placeFieldErrors(error, ['displayName', 'locale'], form.setFieldError, t, i18n.language),
    });
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack maw={480}>
        {updateMe.isError ? <ErrorAlert error={updateMe.error} /> : null}
        <TextInput
          label={t('Adresse e-mail')}
          value={me.email}
          readOnly
          description={t('Seul un administrateur peut la modifier.')}
        />
        <TextInput label={t('Nom affiché')} required autoComplete="name" {...form.getInputProps('displayName')} />
        <LocaleSelect
          value={form.values.locale}
          error={form.errors.locale}
          onChange={(locale) => form.setFieldValue('locale', locale)}
        />
        <Group>
          <Button type="submit" loading={updateMe.isPending} disabled={!form.isDirty()}>
            {t('Enregistrer le profil')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
