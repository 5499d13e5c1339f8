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
const QUALITY_MANAGER = {
  email: 'qualite@jalon.demo',
  password: DEMO_PASSWORD,
  displayName: 'Isabelle Fabre',
} as const;
const TOULOUSE = 'Centre hospitalier universitaire de Toulouse';
const MILLAU = 'Centre hospitalier de Millau';

async function newPage(): Promise<Page> {
  const page = await jalon.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** The id of an establishment, looked up through a session that can see it. */
async function establishmentId(page: Page, search: string): Promise<string> {
  const response = await page.request.get(`/api/org-units?kind=establishment&q=${encodeURIComponent(search)}`);
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { id: string }[] };
  const id = items[0]?.id;
  if (!id) throw new Error(`No establishment matches ${search}`);
  return id;
}

describe('indicator catalogue and fiche', async () => {
  const page = await newPage();

  it('finds CPOM_OS_12 from a search typed without its code, and keeps the query in the address', async () => {
    await signIn(page, ARS_OFFICER);
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Indicateurs' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Indicateurs' }).waitFor();
    await page
      .getByRole('table', { name: /^Indicateurs de « / })
      .getByRole('link', { name: 'CPOM_CT_1', exact: true })
      .waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher un indicateur' }).fill('mammo');
    const results = page.getByRole('table', { name: /correspondant à « mammo »$/ });
    await results.getByRole('link', { name: 'CPOM_OS_12', exact: true }).waitFor();
    // The whole catalogue stays shown, marked busy, until the answer comes.
    await results.getByRole('link', { name: 'CPOM_CT_1', exact: true }).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('q')).toBe('mammo');
    await expect(results.getByRole('row').count()).resolves.toBe(2);
    await results.getByRole('cell', { name: 'Composantes' }).waitFor();
    // Off the navigation link it followed, so axe judges the page as it is read, not a hover shade.
    await page.mouse.move(0, 0);
    expect(await violations(page)).toEqual([]);
  });

  it('fits the catalogue in the page at 1280 px and filters it by kind and by strategic objective', async () => {
    await page.getByRole('searchbox', { name: 'Rechercher un indicateur' }).fill('');
    const table = page.getByRole('table', { name: /^Indicateurs de « [^»]+ »$/ });
    await table.getByRole('link', { name: 'CPOM_CT_1', exact: true }).waitFor();
    // The last column ends inside the page: nothing to scroll to.
    const [last, main] = await Promise.all([
      table.getByRole('columnheader', { name: 'Applicabilité' }).boundingBox(),
      page.locator('#main-content').boundingBox(),
    ]);
    expect(last!.x + last!.width).toBeLessThanOrEqual(main!.x + main!.width);
    // The catalogue's name is whole in its box.
    const catalogue = page.getByRole('combobox', { name: 'Catalogue' });
    await expect(catalogue.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).resolves.toBe(
      true,
    );

    await page.getByRole('combobox', { name: 'Type d’indicateur' }).click();
    await page.getByRole('option', { name: 'Composantes' }).click();
    await page
      .getByRole('table', { name: /^Indicateurs de « / })
      .getByRole('link', { name: 'CPOM_CT_1', exact: true })
      .waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('type')).toBe('components');
    const kinds = await page
      .getByRole('table', { name: /^Indicateurs de « / })
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.children[3]?.textContent));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Composantes']));

    await page.getByRole('combobox', { name: 'Objectif stratégique' }).click();
    const firstObjective = page.getByRole('listbox').getByRole('option').nth(1);
    const objective = (await firstObjective.textContent()) ?? '';
    await firstObjective.click();
    await page.waitForURL((url) => url.searchParams.get('objectif') === objective);
    expect(await violations(page)).toEqual([]);
    await page.goto('/indicateurs');
    await page
      .getByRole('table', { name: /^Indicateurs de « / })
      .getByRole('link', { name: 'CPOM_CT_1', exact: true })
      .waitFor();
  });

  it('says plainly when a search finds nothing', async () => {
    await page.getByRole('searchbox', { name: 'Rechercher un indicateur' }).fill('xyzzy introuvable');
    await page.getByRole('heading', { name: 'Aucun indicateur ne correspond à « xyzzy introuvable »' }).waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher un indicateur' }).fill('mammo');
    await page.getByRole('link', { name: 'CPOM_OS_12', exact: true }).click();
  });

  it('opens the fiche with its target table by category and year', async () => {
    await page.getByRole('heading', { level: 1, name: /^CPOM_OS_12 — Nombre de mammographies/ }).waitFor();
    const targets = page.getByRole('table', { name: 'Cibles par catégorie et par année' });
    await targets.getByRole('columnheader', { name: '2026' }).waitFor();
    const mammographies = targets
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /Mammographies/ }) });
    await mammographies
      .getByRole('cell', { name: /^\+5 % \// })
      .first()
      .waitFor();
    await targets.getByRole('rowheader', { name: 'Cliniques' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Éléments de preuve' }).waitFor();
    await page
      .getByRole('table', { name: 'Versions de la fiche CPOM_OS_12' })
      .getByRole('cell', { name: 'Version livrée avec Jalon' })
      .waitFor();
    const notes = page.getByRole('button', { name: /^Afficher les notes/ });
    await expect(notes.getAttribute('aria-expanded')).resolves.toBe('false');
    await notes.click();
    await page.getByText(/canonical code is CPOM_OS_12/).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('answers an alias with the canonical fiche, and an unknown code with a not-found page', async () => {
    await page.goto('/indicateurs/CPOM_CT_07');
    await page.getByRole('heading', { level: 1, name: /^CPOM_CT_7 — / }).waitFor();
    await page.getByText('Aussi écrit : CPOM_CT_07').waitFor();
    await page.goto('/indicateurs/CPOM_XX_99');
    await page.getByRole('heading', { level: 1, name: 'Indicateur introuvable' }).waitFor();
  });
});

describe('CPOM targets of an establishment', async () => {
  const page = await newPage();

  it('picks an establishment and a year on the CPOM page', async () => {
    await signIn(page, ARS_OFFICER);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'CPOM' }).click();
    await page.getByRole('heading', { level: 1, name: 'CPOM' }).waitFor();
    await page.getByRole('button', { name: 'Voir les cibles' }).click();
    await page.getByText('Choisissez un établissement.').waitFor();
    await page.getByRole('combobox', { name: 'Établissement' }).fill('toulouse');
    await page.getByRole('option', { name: new RegExp(`^${TOULOUSE}`) }).click();
    await page.getByRole('combobox', { name: 'Année' }).selectOption('2025');
    await page.getByRole('button', { name: 'Voir les cibles' }).click();
    await page.getByRole('heading', { level: 1, name: `Cibles CPOM — ${TOULOUSE}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('annee')).toBe('2025');
  });

  it('shows 2025 with the establishment facts, the judgements in words and the table', async () => {
    const facts = page.getByRole('table', { name: 'L’établissement et son contrat' });
    await facts.getByRole('cell', { name: '310781406' }).waitFor();
    await facts.getByRole('cell', { name: 'Plus de 500 lits et places' }).waitFor();
    await page
      .getByRole('list', { name: 'Répartition des appréciations' })
      .getByText(/^Atteint : \d+$/)
      .waitFor();
    const table = page.getByRole('table', { name: `Cibles 2025 de ${TOULOUSE} et leur appréciation` });
    await expect(table.getByText('Atteint', { exact: true }).count()).resolves.toBeGreaterThan(0);
    await table.getByRole('link', { name: 'CPOM_OS_12', exact: true }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('filters the table on one judgement', async () => {
    await page.getByRole('combobox', { name: 'Appréciation' }).click();
    await page.getByRole('option', { name: /^Atteint \(\d+\)$/ }).click();
    const table = page.getByRole('table', { name: `Cibles 2025 de ${TOULOUSE} et leur appréciation` });
    await expect(table.getByText('Non atteint', { exact: true }).count()).resolves.toBe(0);
    await expect(table.getByText('En attente', { exact: true }).count()).resolves.toBe(0);
  });

  it('moves to 2026 from the year list, where values are still awaited', async () => {
    await page.getByRole('combobox', { name: 'Année' }).selectOption('2026');
    const table = page.getByRole('table', { name: `Cibles 2026 de ${TOULOUSE} et leur appréciation` });
    await table.waitFor();
    expect(new URL(page.url()).searchParams.get('annee')).toBe('2026');
    const awaited = table.getByText(/^(En attente|Non atteint)$/);
    await expect(awaited.count()).resolves.toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
  });

  it('says when the year is outside the contract', async () => {
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.goto(`/cpom/etablissements/${id}?annee=2031`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Le CPOM de cet établissement ne couvre pas l’année 2031.' })
      .waitFor();
  });
});

describe('an establishment account', async () => {
  const page = await newPage();

  it('goes straight to its own establishment from the CPOM page', async () => {
    await signIn(page, QUALITY_MANAGER);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'CPOM' }).click();
    const straight = page.getByRole('link', { name: /^Voir les cibles \d{4}$/ });
    await straight.waitFor();
    // With one establishment in scope there is nothing to choose.
    await expect(page.getByRole('combobox', { name: 'Établissement' }).count()).resolves.toBe(0);
    await straight.click();
    await page.getByRole('heading', { level: 1, name: `Cibles CPOM — ${MILLAU}` }).waitFor();
    await page.getByRole('table', { name: new RegExp(`^Cibles \\d{4} de ${MILLAU} et leur appréciation$`) }).waitFor();
  });

  it('reaches the same page from the establishment’s organisation page', async () => {
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.goto(`/administration/organisations/${id}`);
    await page.getByRole('heading', { level: 1, name: MILLAU }).waitFor();
    await page.getByRole('link', { name: 'Cibles CPOM' }).click();
    await page.getByRole('heading', { level: 1, name: `Cibles CPOM — ${MILLAU}` }).waitFor();
  });

  it('gets the not-found page for an establishment of another region', async () => {
    const admin = await newPage();
    await signIn(admin);
    const rouen = await establishmentId(admin, 'CHU de Rouen');
    await page.goto(`/cpom/etablissements/${rouen}`);
    await page.getByRole('heading', { level: 1, name: 'Établissement introuvable' }).waitFor();
    await page.getByText('Cet établissement n’existe pas ou est hors de votre périmètre').waitFor();
    // Seen by someone who may read it, the same establishment has no CPOM: its region has no catalogue.
    await admin.goto(`/cpom/etablissements/${rouen}`);
    await admin
      .getByRole('heading', { level: 1, name: 'Cibles CPOM — Centre hospitalier universitaire de Rouen' })
      .waitFor();
    await admin.getByText('Aucun CPOM n’est rattaché à la région de cet établissement').waitFor();
    expect(await violations(admin)).toEqual([]);
  });
});
