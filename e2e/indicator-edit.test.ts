import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';
import { signIn, violations } from './support/page-helpers.ts';

const jalon = await startJalon();

const ARS_OFFICER = {
  email: 'ars.referente@jalon.demo',
  password: DEMO_PASSWORD,
  displayName: 'Sophie Garnier',
} as const;
const READER = { email: 'lecture@jalon.demo', password: DEMO_PASSWORD, displayName: 'Émilie Chevalier' } as const;
const OLD_TITLE =
  'Nombre d’interventions de promotion de la santé mises en place au sein de l’établissement (interne et/ou externe)';
const NEW_TITLE = 'Nombre d’interventions de promotion de la santé (internes ou externes)';
const LARGE = 'Grands établissements (plus de 500 lits)';
const NOTE = 'Avenant n° 1 : cible 2027 relevée';

async function newPage(): Promise<Page> {
  const page = await jalon.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function openEditPage(page: Page): Promise<void> {
  await page.goto('/indicateurs/CPOM_OS_3');
  await page.getByRole('heading', { level: 1, name: `CPOM_OS_3 — ${OLD_TITLE}` }).waitFor();
  await page.getByRole('link', { name: 'Modifier la fiche' }).click();
  await page.getByRole('heading', { level: 1, name: 'Modifier la fiche CPOM_OS_3' }).waitFor();
}

const valueCell = (page: Page, year: number) => page.getByRole('textbox', { name: `Valeur — ${LARGE}, ${year}` });

describe('an ARS officer amends a CPOM fiche', async () => {
  const page = await newPage();
  // A second person opens the same fiche at version 1, before the first one saves.
  const other = await newPage();
  const third = await newPage();

  it('opens the edit page from the fiche, with the stored texts and targets, and nothing for axe to find', async () => {
    await signIn(page, ARS_OFFICER);
    await openEditPage(page);
    await expect(page.getByRole('textbox', { name: 'Intitulé' }).inputValue()).resolves.toBe(OLD_TITLE);
    await expect(valueCell(page, 2027).inputValue()).resolves.toBe('3');
    await expect(
      page.getByRole('combobox', { name: `Règle — Établissements de moins de 100 lits, 2025` }).inputValue(),
    ).resolves.toBe('Jalon (libellé)');
    expect(await violations(page)).toEqual([]);
    for (const later of [other, third]) {
      await signIn(later, ARS_OFFICER);
      await openEditPage(later);
    }
  });

  it('offers no save while the fiche is unchanged, a note alone included, and shows the rule menus whole', async () => {
    const save = page.getByRole('button', { name: 'Enregistrer la fiche' });
    await expect(save.isDisabled()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Note de version' }).fill('Rien ne change');
    await expect(save.isDisabled()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Note de version' }).fill('');
    await page.getByRole('combobox', { name: `Règle — ${LARGE}, 2027` }).click();
    const option = page.getByRole('option', { name: 'Progression de N-1 (+ valeur)' });
    await option.waitFor();
    // Not cut off, nor broken over lines: the text sits on one line inside the option.
    const fits = option.evaluate((node) => {
      // An inline box has one client rect per line it spans.
      const lines = (node.querySelector('span') ?? node).getClientRects().length;
      return node.scrollWidth <= node.clientWidth && lines === 1;
    });
    await expect(fits).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await option.waitFor({ state: 'hidden' });
  });

  it('asks for a version note before saving', async () => {
    await page.getByRole('textbox', { name: 'Intitulé' }).fill(NEW_TITLE);
    await valueCell(page, 2027).fill('4');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page.getByText('Dites pourquoi la fiche change, par exemple l’avenant qui la modifie.').waitFor();
  });

  it('saves version 2 and lands back on the fiche, which lists it with its author and note', async () => {
    await page.getByRole('textbox', { name: 'Note de version' }).fill(NOTE);
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page.getByRole('heading', { level: 1, name: `CPOM_OS_3 — ${NEW_TITLE}` }).waitFor();
    await page.getByText('Fiche enregistrée (version 2)').waitFor();
    const targets = page.getByRole('table', { name: 'Cibles par catégorie et par année' });
    const large = targets.getByRole('row').filter({ has: page.getByRole('rowheader', { name: LARGE }) });
    await expect(large.getByRole('cell').allTextContents()).resolves.toEqual(['≥ 2', '≥ 3', '≥ 4', '≥ 4', '≥ 4']);
    const versions = page.getByRole('table', { name: 'Versions de la fiche CPOM_OS_3' });
    const latest = versions.getByRole('row').filter({ hasText: NOTE });
    await latest.getByRole('cell', { name: ARS_OFFICER.displayName }).waitFor();
    await latest.getByRole('cell', { name: '2', exact: true }).waitFor();
  });

  it('compares version 1 with version 2: the title and the 2027 cell, in French', async () => {
    await expect(page.getByRole('combobox', { name: 'Comparer la version' }).inputValue()).resolves.toBe('1');
    await expect(page.getByRole('combobox', { name: 'avec la version' }).inputValue()).resolves.toBe('2');
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    const differences = page.getByRole('table', { name: 'Différences entre la version 1 et la version 2' });
    await differences.getByRole('cell', { name: NEW_TITLE }).waitFor();
    await expect(differences.getByRole('rowheader').allTextContents()).resolves.toEqual([
      'Intitulé',
      `Cible 2027 : ${LARGE}`,
    ]);
    const cell = differences
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: `Cible 2027 : ${LARGE}` }) });
    await expect(cell.getByRole('cell').allTextContents()).resolves.toEqual(['≥ 3', '≥ 4']);
    await page.getByRole('combobox', { name: 'avec la version' }).selectOption('1');
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await page.getByText('Aucune différence entre la version 1 et la version 1.').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('shows the second person, still on version 1, what was saved meanwhile, keeping their draft until they choose', async () => {
    await other.getByRole('textbox', { name: 'Unité' }).fill('interventions dans l’année');
    await valueCell(other, 2028).fill('5');
    await other.getByRole('textbox', { name: 'Note de version' }).fill('Avenant n° 2 : cible 2028 relevée');
    await other.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    const alert = other.getByRole('alert').filter({ hasText: 'Modifiée entre-temps par Sophie Garnier (version 2)' });
    await alert.waitFor();
    const differences = alert.getByRole('table', { name: 'Différences entre votre saisie et la version 2' });
    await differences.getByRole('cell', { name: NEW_TITLE }).waitFor();
    await differences.getByRole('rowheader', { name: 'Unité' }).waitFor();
    await expect(other.getByRole('textbox', { name: 'Intitulé' }).inputValue()).resolves.toBe(OLD_TITLE);
    await expect(other.getByRole('button', { name: 'Enregistrer la fiche' }).isDisabled()).resolves.toBe(true);
    expect(await violations(other)).toEqual([]);
  });

  it('lays the draft over the other version on request, then saves version 3 with both changes', async () => {
    await other.getByRole('button', { name: 'Reporter mes modifications sur leur version' }).click();
    await expect(other.getByRole('textbox', { name: 'Intitulé' }).inputValue()).resolves.toBe(NEW_TITLE);
    await expect(other.getByRole('textbox', { name: 'Unité' }).inputValue()).resolves.toBe(
      'interventions dans l’année',
    );
    await expect(valueCell(other, 2027).inputValue()).resolves.toBe('4');
    await expect(valueCell(other, 2028).inputValue()).resolves.toBe('5');
    await other.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await other.getByText('Fiche enregistrée (version 3)').waitFor();
    const large = other
      .getByRole('table', { name: 'Cibles par catégorie et par année' })
      .getByRole('row')
      .filter({ has: other.getByRole('rowheader', { name: LARGE }) });
    await expect(large.getByRole('cell').allTextContents()).resolves.toEqual(['≥ 2', '≥ 3', '≥ 4', '≥ 5', '≥ 4']);
  });

  it('loads the other version into the form on request, dropping the draft but keeping the note, and asks before leaving', async () => {
    await third.getByRole('textbox', { name: 'Intitulé' }).fill('Un troisième intitulé');
    await third.getByRole('textbox', { name: 'Note de version' }).fill('Relecture');
    await third.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await third.getByRole('alert').filter({ hasText: 'Modifiée entre-temps par Sophie Garnier (version 3)' }).waitFor();
    await third.getByRole('button', { name: 'Recharger leur version dans le formulaire' }).click();
    await expect(third.getByRole('textbox', { name: 'Intitulé' }).inputValue()).resolves.toBe(NEW_TITLE);
    await expect(third.getByRole('textbox', { name: 'Unité' }).inputValue()).resolves.toBe(
      'interventions dans l’année',
    );
    await expect(valueCell(third, 2028).inputValue()).resolves.toBe('5');
    await expect(third.getByRole('textbox', { name: 'Note de version' }).inputValue()).resolves.toBe('Relecture');
    await third.getByRole('button', { name: 'Annuler' }).click();
    const dialog = third.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
    await dialog.getByRole('button', { name: 'Continuer la modification' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Leaving by the navigation asks too, and staying keeps the page as it was.
    await third
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Indicateurs' })
      .click();
    await dialog.getByRole('button', { name: 'Continuer la modification' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(third.getByRole('textbox', { name: 'Note de version' }).inputValue()).resolves.toBe('Relecture');
    await third.getByRole('button', { name: 'Annuler' }).click();
    await dialog.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
    await third.getByRole('heading', { level: 1, name: `CPOM_OS_3 — ${NEW_TITLE}` }).waitFor();
    await third
      .getByRole('table', { name: 'Versions de la fiche CPOM_OS_3' })
      .getByRole('cell', { name: 'Avenant n° 2 : cible 2028 relevée' })
      .waitFor();
  });
});

describe('a reader', async () => {
  const page = await newPage();

  it('sees no edit button on the fiche, and the edit page says why', async () => {
    await signIn(page, READER);
    await page.goto('/indicateurs/CPOM_OS_3/modifier');
    await page.getByRole('heading', { name: 'Vous ne pouvez pas modifier cette fiche' }).waitFor();
    await page.getByRole('link', { name: 'Retour à la fiche' }).click();
    // Amended above: the reader sees the title of the latest version.
    await page.getByRole('heading', { level: 1, name: `CPOM_OS_3 — ${NEW_TITLE}` }).waitFor();
    await page.getByRole('table', { name: 'Versions de la fiche CPOM_OS_3' }).waitFor();
    await expect(page.getByRole('link', { name: 'Modifier la fiche' }).count()).resolves.toBe(0);
  });
});

describe('a target typed in a fiche cell', async () => {
  const page = await newPage();

  it('is read as a French user types it, kept as typed, and refused with a reason when it cannot be read', async () => {
    await signIn(page, ARS_OFFICER);
    await page.goto('/indicateurs/CPOM_OS_3/modifier');
    await page.getByRole('heading', { level: 1, name: 'Modifier la fiche CPOM_OS_3' }).waitFor();
    const cell = valueCell(page, 2029);
    await cell.fill('2,5,1');
    await page.getByText('Un nombre n’a qu’une virgule décimale.').waitFor();
    await cell.fill('12,5');
    await page.getByText('Un nombre n’a qu’une virgule décimale.').waitFor({ state: 'detached' });
    // What was typed stays on screen: the comma is not dropped into "125".
    await expect(cell.inputValue()).resolves.toBe('12,5');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page
      .getByRole('dialog', { name: 'Quitter sans enregistrer ?' })
      .getByRole('button', { name: 'Quitter sans enregistrer' })
      .click();
    await page.getByRole('heading', { level: 1, name: `CPOM_OS_3 — ${NEW_TITLE}` }).waitFor();
  });
});
