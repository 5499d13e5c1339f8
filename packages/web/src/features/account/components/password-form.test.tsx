// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPaths, problem, recordingHandler } from '../../../testing/api-handlers.ts';
import { server } from '../../../testing/msw-server.ts';
import { errorUnder, renderWithProviders } from '../../../testing/render.tsx';
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
  const valid = {
    currentPassword: 'Ancien-Secret-2026!',
    newPassword: 'Nouveau-Secret-2026!',
    confirmPassword: 'Nouveau-Secret-2026!',
  };
  const failures = (values: typeof valid) => {
    const result = changePasswordFormSchema.safeParse(values);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('accepts a new, confirmed password', () => {
    expect(failures(valid)).toEqual([]);
  });

  it('refuses the current password as the new one', () => {
    expect(failures({ ...valid, newPassword: valid.currentPassword, confirmPassword: valid.currentPassword })).toEqual([
      'newPassword:PASSWORD_UNCHANGED',
    ]);
  });

  it('refuses a confirmation that differs', () => {
    expect(failures({ ...valid, confirmPassword: 'Nouveau-Secret-2027!' })).toEqual([
      'confirmPassword:PASSWORD_MISMATCH',
    ]);
  });
});

describe('PasswordForm, as a user changes their password', () => {
  const current = 'Ancien secret de Claire 2025 !';
  const strong = 'Trois chevaux bleus dansent 7 !';

  // Pasted, as from a password manager: typing 30 characters re-checks the
  // dictionary at each one, which only slows the test down.
  async function fill(user: UserEvent, field: HTMLElement, text: string) {
    await user.click(field);
    await user.paste(text);
  }

  function fields() {
    return {
      current: screen.getByLabelText(/^Mot de passe actuel/),
      next: screen.getByLabelText(/^Nouveau mot de passe/),
      confirm: screen.getByLabelText(/^Confirmez le nouveau mot de passe/),
      submit: screen.getByRole('button', { name: 'Changer le mot de passe' }),
    };
  }

  it('says the confirmation differs under its field, before anything is sent', async () => {
    const change = recordingHandler('post', apiPaths.changePassword, () => new HttpResponse(null, { status: 204 }));
    server.use(change.handler);
    const { user } = renderWithProviders(<PasswordForm />);
    const { current: currentField, next, confirm, submit } = fields();

    await fill(user, currentField, current);
    await fill(user, next, strong);
    await fill(user, confirm, `${strong}x`);
    await user.click(submit);

    expect(await screen.findByText('Les deux saisies du nouveau mot de passe diffèrent.')).toBeInTheDocument();
    expect(errorUnder(confirm)).toBe('Les deux saisies du nouveau mot de passe diffèrent.');
    expect(errorUnder(next)).toBeNull();
    expect(change.requests).toHaveLength(0);
  });

  it('puts the server’s WEAK_PASSWORD under the new password field', async () => {
    const change = recordingHandler('post', apiPaths.changePassword, () =>
      problem(400, 'VALIDATION_FAILED', {
        detail: 'Mot de passe refusé.',
        errors: [{ path: 'newPassword', code: 'WEAK_PASSWORD', message: 'Mot de passe trop faible.' }],
      }),
    );
    server.use(change.handler);
    const { user } = renderWithProviders(<PasswordForm />);
    const { current: currentField, next, confirm, submit } = fields();

    await fill(user, currentField, current);
    await fill(user, next, strong);
    await fill(user, confirm, strong);
    await user.click(submit);

    const message =
      'Mot de passe trop faible ou trop courant : au moins 12 caractères avec majuscule, minuscule, chiffre et caractère spécial, sans mot du dictionnaire ni suite prévisible.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(errorUnder(next)).toBe(message);
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(change.requests.map((request) => request.body)).toEqual([{ currentPassword: current, newPassword: strong }]);
    // Placed under its field, the error is not repeated in an alert above the form.
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
