import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../lib/locale.ts';
import { useChangeLocale } from '../api/update-me.ts';

/** FR/EN switch of the header; saved on the account when someone is signed in. */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const { changeLocale } = useChangeLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('Langue de l’interface')}
      value={i18n.language === 'en' ? 'en' : 'fr'}
      onChange={(value) => {
        if (isLocale(value)) changeLocale(value, { saveOnAccount: signedIn });
      }}
      data={[
        {
          value: 'fr',
          label: (
            <span lang="fr" aria-label="Français">
              FR
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" aria-label="English">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
