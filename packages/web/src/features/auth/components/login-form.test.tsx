// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { sessionQueryKey } from '../../../lib/query-keys.ts';
import { apiPaths, problem, recordingHandler } from '../../../testing/api-handlers.ts';
import { buildSession } from '../../../testing/data-generators.ts';
import { server } from '../../../testing/msw-server.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
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

describe('LoginForm, as a user signs in', () => {
  it('says in French, above the fields, that the e-mail or password is wrong', async () => {
    const login = recordingHandler('post', apiPaths.login, () =>
      problem(401, 'INVALID_CREDENTIALS', { detail: 'Identifiants invalides.' }),
    );
    server.use(login.handler);
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Adresse e-mail', { exact: false }), 'claire.martin@chu-toulouse.fr');
    await user.type(screen.getByLabelText('Mot de passe', { exact: false }), 'pas le bon');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Connexion impossible');
    expect(alert).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
    expect(login.requests.map((request) => request.body)).toEqual([
      { email: 'claire.martin@chu-toulouse.fr', password: 'pas le bon' },
    ]);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('hands the session to the page once the server accepts the password', async () => {
    const session = buildSession({ user: { displayName: 'Claire Martin' } });
    server.use(recordingHandler('post', apiPaths.login, () => HttpResponse.json(session)).handler);
    const onSuccess = vi.fn();
    const { user, queryClient } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Adresse e-mail', { exact: false }), 'claire.martin@chu-toulouse.fr');
    await user.type(screen.getByLabelText('Mot de passe', { exact: false }), 'Le bon mot de passe 2026 !');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]?.[0]).toEqual(session);
    expect(queryClient.getQueryData(sessionQueryKey)).toEqual(session);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for a valid address without calling the server', async () => {
    const login = recordingHandler('post', apiPaths.login, () => HttpResponse.json(buildSession()));
    server.use(login.handler);
    const { user } = renderWithProviders(<LoginForm onSuccess={() => {}} />);

    await user.type(screen.getByLabelText('Adresse e-mail', { exact: false }), 'claire.martin');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Saisissez une adresse e-mail valide.')).toBeInTheDocument();
    expect(screen.getByText('Saisissez votre mot de passe.')).toBeInTheDocument();
    expect(login.requests).toHaveLength(0);
  });
});
