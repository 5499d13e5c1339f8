// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { apiPaths, recordingHandler } from '../../../../testing/api-handlers.ts';
import { buildIndicatorDetail, buildStoredValue, buildTargetItem } from '../../../../testing/data-generators.ts';
import { server } from '../../../../testing/msw-server.ts';
import { errorUnder, renderWithProviders } from '../../../../testing/render.tsx';
import type { StoredValue } from '@jalon/contract/indicators/establishment-targets';
import { ValueEntryDialog } from './value-entry-dialog.tsx';
import type { ValueEntryTarget } from './value-entry-form.tsx';

const target: ValueEntryTarget = {
  orgUnitId: 'chu-toulouse',
  catalogue: 'cpom-2025',
  year: 2026,
  item: buildTargetItem(),
};

/** The fiche and the year's stored values the dialog loads, and the PUT it sends, recorded. */
function serverWithFiche(stored: StoredValue[] = []) {
  const fiche = recordingHandler('get', apiPaths.indicator, () => HttpResponse.json(buildIndicatorDetail()));
  const values = recordingHandler('get', apiPaths.indicatorValues, () => HttpResponse.json({ items: stored }));
  const put = recordingHandler('put', apiPaths.indicatorValue, ({ body }) =>
    HttpResponse.json(buildStoredValue({ value: { year: 2026, ...(body as object) }, version: 1 })),
  );
  server.use(fiche.handler, values.handler, put.handler);
  return { fiche, values, put };
}

describe('ValueEntryDialog, as an establishment enters a CPOM value', () => {
  it('reads "2,5" the French way and sends 2.5', async () => {
    const { fiche, values, put } = serverWithFiche();
    const onClose = vi.fn();
    const { user } = renderWithProviders(<ValueEntryDialog target={target} onClose={onClose} />);

    const dialog = await screen.findByRole('dialog', { name: 'Valeur 2026 — CPOM_OS_4' });
    const field = await within(dialog).findByRole('textbox', { name: /^Valeur\b/ });
    await user.type(field, '2,5');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(put.requests).toHaveLength(1);
    const [request] = put.requests;
    expect(request?.body).toEqual({ value: 2.5 });
    expect(request?.params).toEqual({ orgUnitId: 'chu-toulouse', code: 'CPOM_OS_4', year: '2026' });
    expect(request?.url.searchParams.get('catalogue')).toBe('cpom-2025');
    // A first value for the year replaces nothing: no version is sent.
    expect(request?.headers.get('if-match')).toBeNull();
    expect(fiche.requests[0]?.url.searchParams.get('catalogue')).toBe('cpom-2025');
    expect(values.requests[0]?.url.searchParams.get('year')).toBe('2026');
  });

  it('says under the field why "2,5,1" is not a number, and sends nothing', async () => {
    const { put } = serverWithFiche();
    const onClose = vi.fn();
    const { user } = renderWithProviders(<ValueEntryDialog target={target} onClose={onClose} />);

    const dialog = await screen.findByRole('dialog');
    const field = await within(dialog).findByRole('textbox', { name: /^Valeur\b/ });
    await user.type(field, '2,5,1');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByText('Un nombre n’a qu’une virgule décimale.')).toBeInTheDocument();
    expect(errorUnder(field)).toBe('Un nombre n’a qu’une virgule décimale.');
    expect(field).toHaveValue('2,5,1');
    expect(put.requests).toHaveLength(0);
    expect(onClose).not.toHaveBeenCalled();
  });
});
