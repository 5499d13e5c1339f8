import { describe, expect, it } from 'vitest';
import { controlLabelled, renderStatic, textOf } from '../../../testing/render-static.tsx';
import { changePasswordFormSchema } from '../api/change-password.ts';
import { PasswordForm } from './password-form.tsx';

describe('PasswordForm', () => {
  it('labels the three password fields and lists the ANSSI rules, all unmet while empty', () => {
    const html = renderStatic(<PasswordForm />);
    expect(controlLabelled(html, 'Mot de passe actuel')).toMatch(/autocomplete="current-password"/i);
    expect(controlLabelled(html, 'Nouveau mot de passe')).toMatch(/autocomplete="new-password"/i);
    expect(controlLabelled(html, 'Confirmez le nouveau mot de passe')).toMatch(/autocomplete="new-password"/i);
    expect(controlLabelled(html, 'Mot de passe')).toBeNull();
    const text = textOf(html);
    for (const rule of ['Au moins 12 caractères', 'Une lettre majuscule', 'Une lettre minuscule', 'Un chiffre']) {
      expect(text).toContain(`${rule} (non respectée)`);
    }
  });

  it('says that the other sessions close and the API tokens are revoked', () => {
    expect(textOf(renderStatic(<PasswordForm />))).toContain('révoque tous vos jetons d’API');
  });
});

describe('password change form schema', () => {
  const valid = { currentPassword: 'Ancien-Secret-2026!', newPassword: 'Nouveau-Secret-2026!', confirmPassword: 'Nouveau-Secret-2026!' };
  const failures = (values: typeof valid) => {
    const result = changePasswordFormSchema.safeParse(values);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('accepts a new, confirmed password', () => {
    expect(failures(valid)).toEqual([]);
  });

  it('refuses the current password as the new one', () => {
    expect(failures({ ...valid, newPassword: valid.currentPassword, confirmPassword: valid.currentPassword })).toEqual(['newPassword:PASSWORD_UNCHANGED']);
  });

  it('refuses a confirmation that differs', () => {
    expect(failures({ ...valid, confirmPassword: 'Nouveau-Secret-2027!' })).toEqual(['confirmPassword:PASSWORD_MISMATCH']);
  });
});
