import { describe, expect, it } from 'vitest';
import { controlLabelled, renderStatic, textOf } from '../../../testing/render-static.tsx';
import { LoginForm } from './login-form.tsx';

describe('LoginForm', () => {
  it('labels its fields and button with the names browser tests look for', () => {
    const html = renderStatic(<LoginForm onSuccess={() => {}} />);
    expect(controlLabelled(html, 'Adresse e-mail')).toMatch(/type="email"/);
    expect(controlLabelled(html, 'Mot de passe')).toMatch(/type="password"/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>.*Se connecter/);
  });

  it('speaks English when asked', () => {
    const text = textOf(renderStatic(<LoginForm onSuccess={() => {}} />, 'en'));
    expect(text).toContain('Email address');
    expect(text).toContain('Sign in');
    expect(text).not.toContain('Se connecter');
  });
});
