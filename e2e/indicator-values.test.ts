import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';
import { signIn, violations } from './support/page-helpers.ts';

const jalon = await startJalon();

const QUALITY_MANAGER = {
  email: 'qualite@jalon.demo',
  password: DEMO_PASSWORD,
  displayName: 'Isabelle Fabre',
} as const;
const READER = { email: 'lecture@jalon.demo', password: DEMO_PASSWORD, displayName: 'Émilie Chevalier' } as const;
const MILLAU = 'Centre hospitalier de Millau';

async function newPage(): Promise<Page> {
  const page = await jalon.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function millauId(page: Page): Promise<string> {
  const response = await page.request.get('/api/org-units?kind=establishment&q=Millau');
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; name: string }[] };
  const id = items.find((item) => item.name === MILLAU)?.id;
  if (!id) throw new Error('CH de Millau is not in scope');
  return id;
}

function targetsTable(page: Page): Locator {
  return page.getByRole('table', { name: `Cibles 2026 de ${MILLAU} et leur appréciation` });
}

function row(page: Page, code: string): Locator {
  return targetsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: code, exact: true }) });
}

async function storedValues(
  page: Page,
  id: string,
  year = 2026,
): Promise<{ code: string; version: number; value: Record<string, unknown> }[]> {
  const response = await page.request.get(`/api/establishments/${id}/indicator-values?year=${year}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { code: string; version: number; value: Record<string, unknown> }[] })
    .items;
}

describe('entering a CPOM value from the targets page', async () => {
  const page = await newPage();
  let id = '';

  it('offers to enter each value of 2026, still awaited, by the indicator’s code', async () => {
    await signIn(page, QUALITY_MANAGER);
    id = await millauId(page);
    await page.goto(`/cpom/etablissements/${id}?annee=2026`);
    await targetsTable(page).waitFor();
    await row(page, 'CPOM_OS_1').getByText('En attente', { exact: true }).waitFor();
    await row(page, 'CPOM_OS_1').getByRole('button', { name: 'Saisir la valeur de CPOM_OS_1' }).click();
  });

  it('opens a dialog with the year’s target and the rate’s fields, clean for axe', async () => {
    const dialog = page.getByRole('dialog', { name: 'Valeur 2026 — CPOM_OS_1' });
    await dialog.getByRole('heading', { name: 'Cible 2026' }).waitFor();
    await dialog.getByText('≥ 15 %').first().waitFor();
    await dialog.getByRole('textbox', { name: 'Numérateur' }).waitFor();
    await dialog.getByText('Le commentaire doit préciser : Thématique de santé environnementale choisie').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('refuses a zero denominator under its field and saves nothing', async () => {
    const dialog = page.getByRole('dialog', { name: 'Valeur 2026 — CPOM_OS_1' });
    await dialog.getByRole('textbox', { name: 'Numérateur' }).fill('40');
    await dialog.getByRole('textbox', { name: 'Dénominateur' }).fill('0');
    await dialog.getByText('Taux : —').waitFor();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    const denominator = dialog.getByRole('textbox', { name: 'Dénominateur' });
    await expect.poll(() => denominator.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Le dénominateur ne peut pas être nul').waitFor();
    // The message belongs to the denominator, as screen readers announce it.
    const described = await denominator.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((part) => document.getElementById(part)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain('Le dénominateur ne peut pas être nul');
    expect((await storedValues(page, id)).some((value) => value.code === 'CPOM_OS_1')).toBe(false);
  });

  it('saves with Enter, closes, and the row shows its judgement at once', async () => {
    const dialog = page.getByRole('dialog', { name: 'Valeur 2026 — CPOM_OS_1' });
    const denominator = dialog.getByRole('textbox', { name: 'Dénominateur' });
    await denominator.fill('200');
    await dialog.getByText('Taux : 20 %').waitFor();
    await dialog.getByRole('textbox', { name: 'Commentaire' }).fill('Qualité de l’air intérieur');
    await denominator.press('Enter');
    await page.getByText('Valeur enregistrée').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await row(page, 'CPOM_OS_1').getByText('Atteint', { exact: true }).waitFor();
    await row(page, 'CPOM_OS_1').getByText('20 % (40 / 200)').waitFor();
    const stored = (await storedValues(page, id)).find((value) => value.code === 'CPOM_OS_1');
    expect(stored?.value).toMatchObject({
      numerator: 40,
      denominator: 200,
      value: 20,
      comment: 'Qualité de l’air intérieur',
    });
  });

  it('modifies the value, starting from what was saved', async () => {
    await row(page, 'CPOM_OS_1').getByRole('button', { name: 'Modifier la valeur de CPOM_OS_1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Valeur 2026 — CPOM_OS_1' });
    const numerator = dialog.getByRole('textbox', { name: 'Numérateur' });
    await expect.poll(() => numerator.inputValue()).toBe('40');
    await numerator.fill('20');
    await dialog.getByText('Taux : 10 %').waitFor();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row(page, 'CPOM_OS_1').getByText('Non atteint', { exact: true }).waitFor();
  });

  it('shows a value saved meanwhile by someone else, and takes it without losing anything', async () => {
    await row(page, 'CPOM_OS_1').getByRole('button', { name: 'Modifier la valeur de CPOM_OS_1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Valeur 2026 — CPOM_OS_1' });
    const numerator = dialog.getByRole('textbox', { name: 'Numérateur' });
    await expect.poll(() => numerator.inputValue()).toBe('20');
    // Another tab of the same person saves first.
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const current = (await storedValues(page, id)).find((value) => value.code === 'CPOM_OS_1');
    const other = await page.request.put(`/api/establishments/${id}/indicator-values/CPOM_OS_1/2026`, {
      headers: { 'x-csrf-token': csrfToken, 'if-match': `"${current?.version ?? 0}"` },
      data: { numerator: 36, denominator: 200 },
    });
    expect(other.status()).toBe(200);
    await numerator.fill('50');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = dialog.getByRole('alert').filter({ hasText: 'Valeur modifiée entre-temps par Isabelle Fabre' });
    await conflict.getByText('18 % (36 / 200)').waitFor();
    // What was typed stays until the person chooses.
    expect(await numerator.inputValue()).toBe('50');
    expect(await violations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Reprendre leur version' }).click();
    await expect.poll(() => numerator.inputValue()).toBe('36');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row(page, 'CPOM_OS_1').getByText('Atteint', { exact: true }).waitFor();
  });

  it('closes on Escape without saving', async () => {
    await row(page, 'CPOM_OS_1').getByRole('button', { name: 'Modifier la valeur de CPOM_OS_1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Valeur 2026 — CPOM_OS_1' });
    await dialog.getByRole('textbox', { name: 'Numérateur' }).fill('1');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const stored = (await storedValues(page, id)).find((value) => value.code === 'CPOM_OS_1');
    expect(stored?.value).toMatchObject({ numerator: 36, denominator: 200 });
  });
  it('asks each component of CPOM_OS_12 in one labelled group, clean for axe', async () => {
    await row(page, 'CPOM_OS_12').getByRole('button', { name: 'Saisir la valeur de CPOM_OS_12' }).click();
    const dialog = page.getByRole('dialog', { name: 'Valeur 2026 — CPOM_OS_12' });
    const components = dialog.getByRole('group', { name: 'Composantes' });
    await components.getByRole('textbox', { name: /^Mammographies/ }).waitFor();
    await components.getByRole('textbox', { name: /^Échographies mammaires/ }).waitFor();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Renseignez au moins une composante.').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('numbers typed the French way', async () => {
  const page = await newPage();
  const table = () => page.getByRole('table', { name: `Cibles 2025 de ${MILLAU} et leur appréciation` });
  const os8 = () =>
    table()
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'CPOM_OS_8', exact: true }) });
  const dialog = page.getByRole('dialog', { name: 'Valeur 2025 — CPOM_OS_8' });
  const chosen = dialog.getByRole('textbox', { name: 'Cible choisie' });
  let id = '';

  async function open(): Promise<void> {
    await os8()
      .getByRole('button', { name: /la valeur de CPOM_OS_8$/ })
      .click();
    await chosen.waitFor();
    // The values are read again on each opening: wait until the form holds them.
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Numérateur' }).inputValue()).not.toBe('');
  }

  it('refuses "2,5,1" and "-3" under their fields, saving nothing', async () => {
    await signIn(page, QUALITY_MANAGER);
    id = await millauId(page);
    await page.goto(`/cpom/etablissements/${id}?annee=2025`);
    await open();
    const before = (await storedValues(page, id, 2025)).find((value) => value.code === 'CPOM_OS_8');
    await chosen.fill('2,5,1');
    await dialog.getByRole('textbox', { name: 'Numérateur' }).fill('-3');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Un nombre n’a qu’une virgule décimale.').waitFor();
    await dialog.getByText('Cette valeur ne peut pas être négative.').waitFor();
    await expect.poll(() => chosen.getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toEqual([]);
    const after = (await storedValues(page, id, 2025)).find((value) => value.code === 'CPOM_OS_8');
    expect(after?.version).toBe(before?.version);
  });

  it('saves "12,5" as 12.5, and shows "12,5" again', async () => {
    await dialog.getByRole('textbox', { name: 'Numérateur' }).fill('3');
    await dialog.getByRole('textbox', { name: 'Dénominateur' }).fill('20');
    await chosen.fill('12,5');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await os8().getByText('Cible choisie : 12,5 %').waitFor();
    const stored = (await storedValues(page, id, 2025)).find((value) => value.code === 'CPOM_OS_8');
    expect(stored?.value).toMatchObject({ numerator: 3, denominator: 20, chosenTarget: 12.5 });
    await open();
    await expect.poll(() => chosen.inputValue()).toBe('12,5');
  });
});

describe('a reader of the establishment', async () => {
  const page = await newPage();

  it('sees the targets without any button to enter a value', async () => {
    await signIn(page, READER);
    const id = await millauId(page);
    await page.goto(`/cpom/etablissements/${id}?annee=2026`);
    await row(page, 'CPOM_OS_1').waitFor();
    await expect(
      targetsTable(page)
        .getByRole('button', { name: /la valeur de/ })
        .count(),
    ).resolves.toBe(0);
    await expect(targetsTable(page).getByRole('columnheader', { name: 'Actions' }).count()).resolves.toBe(0);
  });
});
