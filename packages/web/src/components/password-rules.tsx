import { List, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PASSWORD_RULES, type PasswordRuleId } from '../lib/password-rules.ts';

function ruleLabel(t: TFunction, id: PasswordRuleId): string {
  switch (id) {
    case 'length':
      return t('Au moins 12 caractères');
    case 'upper':
      return t('Une lettre majuscule');
    case 'lower':
      return t('Une lettre minuscule');
    case 'digit':
      return t('Un chiffre');
    case 'special':
      return t('Un caractère spécial (ponctuation, symbole, espace)');
  }
}

/** The ANSSI rules, each ticked as the new password satisfies it. */
export function PasswordRules({ value, id }: { value: string; id: string }) {
  const { t } = useTranslation();
  return (
    <List id={id} size="sm" spacing={4} center aria-label={t('Règles du mot de passe')}>
      {PASSWORD_RULES.map((rule) => {
        const ok = rule.test(value);
        return (
          <List.Item
            key={rule.id}
            icon={
              <ThemeIcon size={18} radius="xl" color={ok ? 'green.8' : 'gray.7'} aria-hidden>
                {ok ? <IconCheck size={12} /> : <IconX size={12} />}
              </ThemeIcon>
            }
          >
            {ruleLabel(t, rule.id)}
            <VisuallyHidden component="span"> {ok ? t('(respectée)') : t('(non respectée)')}</VisuallyHidden>
          </List.Item>
        );
      })}
    </List>
  );
}
