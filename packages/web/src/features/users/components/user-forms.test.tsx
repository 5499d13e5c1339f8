import { describe, expect, it } from 'vitest';
import { controlLabelled, renderStatic, textOf } from '../../../testing/render-static.tsx';
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
