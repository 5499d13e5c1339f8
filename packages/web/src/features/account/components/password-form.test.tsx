import { describe, expect, it } from 'vitest';
import { controlLabelled, renderStatic, textOf } from '../../../testing/render-static.tsx';
import { PasswordForm } from './password-form.tsx';

describe('PasswordForm', () => {
  it('labels both password fields and lists the ANSSI rules, all unmet while empty', () => {
    const html = renderStatic(<PasswordForm />);
    expect(controlLabelled(html, 'Mot de passe actuel')).toMatch(/autocomplete="current-password"/i);
    expect(controlLabelled(html, 'Nouveau mot de passe')).toMatch(/autocomplete="new-password"/i);
    expect(controlLabelled(html, 'Mot de passe')).toBeNull();
    const text = textOf(html);
    for (const rule of ['Au moins 12 caractères', 'Une lettre majuscule', 'Une lettre minuscule', 'Un chiffre']) {
      expect(text).toContain(`${rule} (non respectée)`);
    }
  });
});
