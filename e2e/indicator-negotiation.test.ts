import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';
import { signIn, violations } from './support/page-helpers.ts';

const jalon = await startJalon();

const ARS_OFFICER = {
  email: 'ars.referente@jalon.demo',
  password: DEMO_PASSWORD,
  displayName: 'Sophie Garnier',
} as const;
const QUALITY_MANAGER = {
  email: 'qualite@jalon.demo',
  password: DEMO_PASSWORD,
  displayName: 'Isabelle Fabre',
} as const;
const MILLAU = 'Centre hospitalier de Millau';
const REASON = 'Avenant n° 2 : plan de formation décalé par les travaux';
const DIALOG = 'Cible négociée 2026 — CPOM_OS_1';

async function newPage(): Promise<Page> {
  const page = await jalon.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function openMillau(page: Page): Promise<string> {
  const response = await page.request.get('/api/org-units?kind=establishment&q=Millau');
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; name: string }[] };
  const id = items.find((item) => item.name === MILLAU)?.id;
  if (!id) throw new Error('CH de Millau is not in scope');
  await page.goto(`/cpom/etablissements/${id}?annee=2026`);
  await row(page, 'CPOM_OS_1').waitFor();
  return id;
}

function row(page: Page, code: string): Locator {
  return page
    .getByRole('table', { name: `Cibles 2026 de ${MILLAU} et leur appréciation` })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: code, exact: true }) });
}

/** The target cell of a row: the second cell, after the indicator's header cell. */
function targetCell(page: Page, code: string): Locator {
  return row(page, code).getByRole('cell').first();
}

async function overrides(page: Page, id: string): Promise<{ code: string; version: number; reason: string }[]> {
  const response = await page.request.get(`/api/establishments/${id}/target-overrides?year=2026`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { code: string; version: number; reason: string }[] }).items;
}

describe('the ARS negotiates a CPOM target with an establishment', async () => {
  const page = await newPage();
  const establishment = await newPage();
  let id = '';

  it('offers to negotiate each target, named by its code, opening on the fiche’s rule, clean for axe', async () => {
    await signIn(page, ARS_OFFICER);
    id = await openMillau(page);
    await targetCell(page, 'CPOM_OS_1').getByText('≥ 15 %', { exact: true }).waitFor();
    await row(page, 'CPOM_OS_1').getByRole('button', { name: 'Négocier la cible de CPOM_OS_1' }).click();
    const dialog = page.getByRole('dialog', { name: DIALOG });
    await dialog.getByText('Règle de la fiche pour Tous les établissements : ≥ 15 %').waitFor();
    const value = dialog.getByRole('textbox', { name: 'Valeur — CPOM_OS_1, 2026' });
    await expect.poll(() => value.inputValue()).toBe('15');
    expect(await violations(page)).toEqual([]);
  });

  it('asks for a reason under its field and saves nothing without one', async () => {
    const dialog = page.getByRole('dialog', { name: DIALOG });
    await dialog.getByRole('textbox', { name: 'Valeur — CPOM_OS_1, 2026' }).fill('12');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    const reason = dialog.getByRole('textbox', { name: 'Motif' });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    const described = await reason.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((part) => document.getElementById(part)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain('Dites pourquoi la cible diffère de la fiche');
    expect(await overrides(page, id)).toEqual([]);
  });

  it('saves the negotiated target, and the row shows it with its badge and reason at once', async () => {
    const dialog = page.getByRole('dialog', { name: DIALOG });
    await dialog.getByRole('textbox', { name: 'Motif' }).fill(REASON);
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Cible négociée enregistrée').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const cell = targetCell(page, 'CPOM_OS_1');
    await cell.getByText('≥ 12 %', { exact: true }).waitFor();
    await cell.getByText('Cible négociée', { exact: true }).waitFor();
    await cell.getByText(`Motif : ${REASON}`).waitFor();
    expect(await overrides(page, id)).toEqual([
      expect.objectContaining({ code: 'CPOM_OS_1', version: 1, reason: REASON }),
    ]);
  });

  it('shows the establishment the badge and the reason, without any way to negotiate', async () => {
    await signIn(establishment, QUALITY_MANAGER);
    await openMillau(establishment);
    const cell = targetCell(establishment, 'CPOM_OS_1');
    await cell.getByText('Cible négociée', { exact: true }).waitFor();
    await cell.getByText(`Motif : ${REASON}`).waitFor();
    await cell.getByText('≥ 12 %', { exact: true }).waitFor();
    await row(establishment, 'CPOM_OS_1').getByRole('button', { name: 'Saisir la valeur de CPOM_OS_1' }).waitFor();
    await expect(establishment.getByRole('button', { name: /^Négocier/ }).count()).resolves.toBe(0);
  });

  it('shows a rule negotiated meanwhile by someone else, and takes it', async () => {
    await row(page, 'CPOM_OS_1').getByRole('button', { name: 'Négocier la cible de CPOM_OS_1' }).click();
    const dialog = page.getByRole('dialog', { name: DIALOG });
    const value = dialog.getByRole('textbox', { name: 'Valeur — CPOM_OS_1, 2026' });
    await expect.poll(() => value.inputValue()).toBe('12');
    await expect(dialog.getByRole('textbox', { name: 'Motif' }).inputValue()).resolves.toBe(REASON);
    // Another tab of the same person saves first.
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const other = await page.request.put(`/api/establishments/${id}/target-overrides/CPOM_OS_1/2026`, {
      headers: { 'x-csrf-token': csrfToken, 'if-match': '"1"' },
      data: { component: null, rule: { shape: 'threshold', comparator: '>=', value: 13 }, reason: 'Avenant n° 3' },
    });
    expect(other.status()).toBe(200);
    await value.fill('11');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = dialog
      .getByRole('alert')
      .filter({ hasText: 'Cible négociée modifiée entre-temps par Sophie Garnier' });
    await conflict.getByText('≥ 13 %', { exact: true }).waitFor();
    await conflict.getByText('Motif : Avenant n° 3').waitFor();
    expect(await value.inputValue()).toBe('11');
    expect(await violations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Reprendre leur version' }).click();
    await expect.poll(() => value.inputValue()).toBe('13');
    await expect(dialog.getByRole('textbox', { name: 'Motif' }).inputValue()).resolves.toBe('Avenant n° 3');
  });

  it('gives the fiche’s target back after a confirmation, which Escape closes alone', async () => {
    const dialog = page.getByRole('dialog', { name: DIALOG });
    const withdraw = dialog.getByRole('button', { name: 'Rendre la cible de la fiche' });
    const confirm = page.getByRole('dialog', { name: 'Rendre la cible de la fiche ?' });
    await withdraw.click();
    await confirm.waitFor();
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await expect(dialog.count()).resolves.toBe(1);
    await withdraw.click();
    await confirm
      .getByText(`La règle de la fiche s’appliquera de nouveau à ${MILLAU} pour CPOM_OS_1 en 2026`)
      .waitFor();
    expect(await violations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Rendre la cible de la fiche' }).click();
    await page.getByText('Cible de la fiche rétablie').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const cell = targetCell(page, 'CPOM_OS_1');
    await cell.getByText('≥ 15 %', { exact: true }).waitFor();
    await expect(cell.getByText('Cible négociée', { exact: true }).count()).resolves.toBe(0);
    expect(await overrides(page, id)).toEqual([]);
  });
});
