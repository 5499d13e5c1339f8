// @vitest-environment jsdom
import { Select } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { grantableRoles } from '@jalon/domain/access/grant-policy';
import { ROLES } from '@jalon/domain/access/roles';
import { roleLabel } from '../../../lib/labels.ts';
import { apiPaths, problem, recordingHandler } from '../../../testing/api-handlers.ts';
import { buildGrant } from '../../../testing/data-generators.ts';
import { server } from '../../../testing/msw-server.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { controlLabelled, createTestI18n, renderStatic, textOf } from '../../../testing/render-static.tsx';
import type { OrgUnitFieldProps } from './add-grant-form.tsx';
import { AddGrantForm } from './add-grant-form.tsx';
import { CreateUserForm } from './create-user-form.tsx';

describe('CreateUserForm', () => {
  it('labels every field and shows the password rules', () => {
    const html = renderStatic(<CreateUserForm onCreated={() => {}} onCancel={() => {}} />);
    expect(controlLabelled(html, 'Adresse e-mail')).toMatch(/type="email"/);
    expect(controlLabelled(html, 'Nom affiché')).not.toBeNull();
    expect(controlLabelled(html, 'Mot de passe initial')).toMatch(/type="password"/);
    expect(textOf(html)).toContain('Au moins 12 caractères');
  });
});

describe('AddGrantForm', () => {
  it('lets the page supply the organisation field, labelled and required', () => {
    const seen: { label: string; required: boolean }[] = [];
    const html = renderStatic(
      <AddGrantForm
        userId="u1"
        roles={['reader']}
        renderOrgUnitField={(props) => {
          seen.push({ label: props.label, required: props.required });
          return <input aria-label={props.label} data-testid="org-field" />;
        }}
      />,
    );
    expect(seen[0]).toEqual({ label: 'Organisation', required: true });
    expect(html).toContain('data-testid="org-field"');
    expect(controlLabelled(html, 'Rôle')).not.toBeNull();
    expect(textOf(html)).toContain('Attribuer le rôle');
  });
});

describe('AddGrantForm, as an administrator grants a role', () => {
  // An ARS officer may hand out ARS and hospital roles, but not a director's
  // nor a quality manager's (they hold rights the officer lacks), nor platform admin.
  const officer = [
    buildGrant({ role: 'ars-officer', orgUnitId: 'occitanie', orgUnitName: 'Occitanie', orgUnitKind: 'region' }),
  ];
  const offered = grantableRoles(officer);
  const { t } = createTestI18n('fr');

  /** The page's organisation picker searches the API; a fixed list is enough here. */
  function OrgUnitField(props: OrgUnitFieldProps) {
    return (
      <Select
        label={props.label}
        required={props.required}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        data={[{ value: 'chu-toulouse', label: 'CHU de Toulouse' }]}
      />
    );
  }

  function renderForm() {
    return renderWithProviders(
      <AddGrantForm userId="user-paul" roles={offered} renderOrgUnitField={(props) => <OrgUnitField {...props} />} />,
    );
  }

  it('offers the roles the reader may grant, and only those', async () => {
    const { user } = renderForm();

    await user.click(screen.getByRole('combobox', { name: /^Rôle/ }));
    const options = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((option) => option.textContent);

    expect(options).toEqual(offered.map((role) => roleLabel(t, role)));
    for (const role of ROLES.filter((r) => !offered.includes(r))) expect(options).not.toContain(roleLabel(t, role));
    expect(offered).not.toContain('establishment-director');
    expect(offered).not.toContain('platform-admin');
  });

  it('shows the server’s refusal when it answers 403', async () => {
    const grant = recordingHandler('post', apiPaths.userGrants, () =>
      problem(403, 'FORBIDDEN', { detail: 'Vous ne pouvez pas attribuer ce rôle sur cette organisation.' }),
    );
    server.use(grant.handler);
    const { user } = renderForm();

    await user.click(screen.getByRole('combobox', { name: /^Rôle/ }));
    await user.click(await screen.findByRole('option', { name: roleLabel(t, 'contributor') }));
    await user.click(screen.getByRole('combobox', { name: /^Organisation/ }));
    await user.click(await screen.findByRole('option', { name: 'CHU de Toulouse' }));
    await user.click(screen.getByRole('button', { name: 'Attribuer le rôle' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Vous n’avez pas les droits nécessaires pour cette action.');
    expect(grant.requests.map((request) => [request.params.userId, request.body])).toEqual([
      ['user-paul', { role: 'contributor', orgUnitId: 'chu-toulouse' }],
    ]);
  });
});
