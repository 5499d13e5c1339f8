// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiPaths, problem, recordingHandler } from '../../../testing/api-handlers.ts';
import { buildOrgUnit } from '../../../testing/data-generators.ts';
import { server } from '../../../testing/msw-server.ts';
import { errorUnder, renderWithProviders } from '../../../testing/render.tsx';
import { EditOrgUnitForm } from './edit-org-unit-form.tsx';

describe('EditOrgUnitForm, as a user edits an organisation', () => {
  it('puts a field error of the server’s 400 under that field', async () => {
    const unit = buildOrgUnit({ id: 'ght-31', version: 3 });
    const update = recordingHandler('patch', apiPaths.orgUnit, () =>
      problem(400, 'VALIDATION_FAILED', {
        detail: 'Requête invalide.',
        errors: [
          {
            path: 'shortName',
            code: 'INVALID_VALUE',
            message: 'Ce sigle est déjà porté par un autre GHT de la région.',
          },
        ],
      }),
    );
    server.use(update.handler);
    const onDone = vi.fn();
    const { user } = renderWithProviders(<EditOrgUnitForm unit={unit} onDone={onDone} />);

    const shortName = screen.getByRole('textbox', { name: /^Nom court/ });
    await user.clear(shortName);
    await user.type(shortName, 'GHT HG');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await vi.waitFor(() =>
      expect(errorUnder(shortName)).toBe('Ce sigle est déjà porté par un autre GHT de la région.'),
    );
    expect(errorUnder(screen.getByRole('textbox', { name: /^Nom\b(?! court)/ }))).toBeNull();
    expect(update.requests).toHaveLength(1);
    expect(update.requests[0]?.params).toEqual({ id: 'ght-31' });
    expect(update.requests[0]?.headers.get('if-match')).toBe('"3"');
    expect(update.requests[0]?.body).toMatchObject({ name: unit.name, shortName: 'GHT HG' });
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows the version someone else saved meanwhile when the server answers 412', async () => {
    const unit = buildOrgUnit({ id: 'ght-31', name: 'GHT Haute-Garonne', version: 3 });
    const theirs = { ...unit, name: 'GHT Haute-Garonne et Comminges', version: 4 };
    server.use(
      recordingHandler('patch', apiPaths.orgUnit, () =>
        problem(412, 'VERSION_CONFLICT', { detail: 'Version périmée.', extra: { current: theirs } }),
      ).handler,
    );
    const { user } = renderWithProviders(<EditOrgUnitForm unit={unit} onDone={() => {}} />);

    const name = screen.getByRole('textbox', { name: /^Nom\b(?! court)/ });
    await user.clear(name);
    await user.type(name, 'GHT Haute-Garonne Tarn-Ouest');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Modifié entre-temps par quelqu’un d’autre');
    expect(alert).toHaveTextContent('la version 4 a été enregistrée pendant que vous modifiiez');
    const row = within(alert).getByRole('row', { name: /^Nom/ });
    expect(row).toHaveTextContent('GHT Haute-Garonne Tarn-Ouest');
    expect(row).toHaveTextContent('GHT Haute-Garonne et Comminges');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();

    // Starting again from their version puts it in the form, ready to be edited.
    await user.click(within(alert).getByRole('button', { name: 'Recharger la version enregistrée' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(name).toHaveValue('GHT Haute-Garonne et Comminges');
  });
});
