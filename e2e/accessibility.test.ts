import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startJalon } from './support/jalon-server.ts';
import { PAGES, scrollingInList, searchList, signIn, violations, visit } from './support/page-helpers.ts';

const jalon = await startJalon();

async function openMillau(page: Page): Promise<void> {
  await visit(page, '/administration/organisations?q=millau', 'Organisations');
  await page.getByRole('link', { name: 'Centre hospitalier de Millau', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Centre hospitalier de Millau' }).waitFor();
}

async function openTree(page: Page): Promise<void> {
  await visit(page, '/administration/organisations', 'Organisations');
  await page.getByRole('button', { name: 'Déplier Occitanie' }).click();
  await page.getByRole('button', { name: 'Déplier GHT Est-Hérault et Sud-Aveyron' }).click();
  await page.getByRole('link', { name: 'Centre hospitalier de Millau', exact: true }).waitFor();
}

async function openUser(page: Page, name: string): Promise<void> {
  await visit(page, '/administration/utilisateurs', 'Utilisateurs');
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The 2025 CPOM targets of the CHU de Toulouse, reached from the CPOM page as a person would. */
async function openToulouseTargets(page: Page): Promise<void> {
  await visit(page, '/cpom', 'CPOM');
  await page.getByRole('combobox', { name: 'Établissement' }).fill('toulouse');
  await page.getByRole('option', { name: /^Centre hospitalier universitaire de Toulouse/ }).click();
  await page.getByRole('combobox', { name: 'Année' }).selectOption('2025');
  await page.getByRole('button', { name: 'Voir les cibles' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Cibles CPOM — Centre hospitalier universitaire de Toulouse' })
    .waitFor();
}

describe('axe finds no WCAG 2.1 AA violation on a desktop screen (1280 px)', async () => {
  const page = await jalon.newPage();
  page.setDefaultTimeout(10_000);

  it('login page, empty then with field errors', async () => {
    await visit(page, '/connexion', 'Connexion à Jalon');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Saisissez votre mot de passe.').waitFor();
    expect(await violations(page)).toEqual([]);
    await signIn(page);
  });

  for (const [path, heading] of PAGES) {
    it(`page ${path}`, async () => {
      await visit(page, path, heading);
      expect(await violations(page)).toEqual([]);
    });
  }

  it('organisation tree opened down to the establishments, and search results', async () => {
    await openTree(page);
    expect(await violations(page)).toEqual([]);
    await visit(page, '/administration/organisations?q=nimes', 'Organisations');
    await page.getByRole('table', { name: 'Organisations correspondant à « nimes »' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('organisation page: details, sub-organisations, history, edit form', async () => {
    await openMillau(page);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('tab', { name: /^Sous-organisations/ }).click();
    await page.getByRole('link', { name: 'Pôle médecine et gériatrie' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.getByRole('tabpanel', { name: 'Historique' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Informations' }).click();
    await page.getByRole('button', { name: 'Modifier' }).click();
    await page.getByRole('form', { name: 'Modifier l’organisation' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('sub-organisation creation form, with its kind list open, then with field errors', async () => {
    await openMillau(page);
    await page.getByRole('button', { name: 'Ajouter une sous-organisation' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Nouvelle sous-organisation dans « Centre hospitalier de Millau »',
    });
    await dialog.getByRole('combobox', { name: 'Type d’organisation' }).click();
    await page.getByRole('listbox').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: 'Créer l’organisation' }).click();
    await dialog.getByText('Saisissez un nom (200 caractères au plus).').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('CPOM targets of an establishment, with the judgement filter open', async () => {
    await openToulouseTargets(page);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Appréciation' }).click();
    await page.getByRole('listbox').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('CPOM page with the establishment list open', async () => {
    await visit(page, '/cpom', 'CPOM');
    // A search with more answers than the list shows: the longest list there can be.
    await searchList(page, 'Établissement', 'hospitalier', /hospitalier/i);
    await expect(page.getByRole('listbox').getByRole('option').count()).resolves.toBe(8);
    expect(await scrollingInList(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('delete dialog of a unit that still has children', async () => {
    await openMillau(page);
    await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
    await page.getByRole('dialog', { name: 'Cette organisation ne peut pas encore être supprimée' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('user page: roles with the organisation picker open, account, history', async () => {
    await openUser(page, 'Laurent Vidal');
    // Every option of this picker names the kind of its unit after a dash.
    await searchList(page, 'Organisation', 'millau', / — /);
    expect(await scrollingInList(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Compte' }).click();
    await page.getByRole('tabpanel', { name: 'Compte' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.getByRole('tabpanel', { name: 'Historique' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('new user dialog with its field errors', async () => {
    await visit(page, '/administration/utilisateurs', 'Utilisateurs');
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
    await dialog.getByRole('button', { name: 'Créer l’utilisateur' }).click();
    await dialog.getByText('Saisissez une adresse e-mail valide.').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('account tabs: password, API tokens, sessions', async () => {
    await visit(page, '/mon-compte', 'Mon compte');
    for (const tab of ['Mot de passe', 'Jetons d’API', 'Sessions']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel', { name: tab }).waitFor();
      expect(await violations(page)).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Jetons d’API' }).click();
    await page.getByRole('textbox', { name: 'Nom du nouveau jeton' }).fill('Import SAE');
    await page.getByRole('button', { name: 'Créer un jeton' }).click();
    await page.getByRole('alert').filter({ hasText: 'Jeton « Import SAE » créé' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('edit conflict: the alert with both versions side by side', async () => {
    await openMillau(page);
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByRole('button', { name: 'Modifier' }).click();
    await page.getByRole('textbox', { name: 'Nom court' }).fill('CH Millau (ma version)');
    const { version } = (await (await page.request.get(`/api/org-units/${id}`)).json()) as { version: number };
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const theirs = await page.request.patch(`/api/org-units/${id}`, {
      headers: { 'If-Match': `"${version}"`, 'x-csrf-token': csrfToken },
      data: { shortName: 'CH Millau (leur version)' },
    });
    expect(theirs.status()).toBe(200);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('table', { name: 'Différences entre votre saisie et la version enregistrée' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('user menu, opened', async () => {
    await visit(page, '/', 'Bonjour Administration Jalon');
    await page.getByRole('button', { name: 'Menu d’Administration Jalon' }).click();
    await page.getByRole('menuitem', { name: 'Mon compte' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
});

describe('keyboard', async () => {
  const page = await jalon.newPage();
  page.setDefaultTimeout(10_000);
  await signIn(page);

  async function focused(): Promise<{ text: string; label: string | null; inNav: boolean }> {
    return page.evaluate(() => {
      const element = document.activeElement;
      return {
        text: element?.textContent?.trim() ?? '',
        label: element?.getAttribute('aria-label') ?? null,
        inNav: Boolean(element?.closest('#main-navigation')),
      };
    });
  }

  it('Tab from the top reaches the visible skip link first, which moves focus to the content', async () => {
    await visit(page, '/plans', 'Plans');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Aller au contenu principal');
    const box = await page.getByRole('link', { name: 'Aller au contenu principal' }).boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
  });

  it('after the skip link and the header, Tab reaches the navigation', async () => {
    await visit(page, '/plans', 'Plans');
    const stops: string[] = [];
    for (let press = 0; press < 12; press += 1) {
      await page.keyboard.press('Tab');
      const now = await focused();
      stops.push(now.label ?? now.text);
      if (now.inNav) break;
    }
    expect(stops[0]).toBe('Aller au contenu principal');
    expect(stops.at(-1)).toBe('Accueil');
    expect((await focused()).inNav).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Plans');
  });

  it('Enter on a tree toggle expands the node, and again folds it', async () => {
    await visit(page, '/administration/organisations', 'Organisations');
    await page.getByRole('searchbox', { name: 'Rechercher une organisation' }).focus();
    for (let press = 0; press < 10 && (await focused()).label !== 'Déplier Occitanie'; press += 1) {
      await page.keyboard.press('Tab');
    }
    expect((await focused()).label).toBe('Déplier Occitanie');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'GHT Est-Hérault et Sud-Aveyron' }).waitFor();
    const toggle = page.getByRole('button', { name: 'Replier Occitanie' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    expect((await focused()).label).toBe('Replier Occitanie');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'GHT Est-Hérault et Sud-Aveyron' }).waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: 'Déplier Occitanie' }).getAttribute('aria-expanded')).resolves.toBe(
      'false',
    );
  });

  it('the user menu opens on Enter with focus on its first item, and Escape gives focus back', async () => {
    await visit(page, '/', 'Bonjour Administration Jalon');
    const trigger = page.getByRole('button', { name: 'Menu d’Administration Jalon' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('menuitem');
    expect((await focused()).text).toBe('Mon compte');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).text).toBe('Déconnexion');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await expect(trigger.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });

  it('a confirmation dialog keeps focus inside and hands it back to its button on Escape', async () => {
    await visit(page, '/mon-compte', 'Mon compte');
    await page.getByRole('tab', { name: 'Jetons d’API' }).click();
    await page.getByRole('textbox', { name: 'Nom du nouveau jeton' }).fill('Entrepôt de données');
    await page.keyboard.press('Enter');
    const revoke = page.getByRole('button', { name: 'Révoquer le jeton Entrepôt de données' });
    await revoke.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Révoquer ce jeton ?' });
    await dialog.waitFor();
    for (let press = 0; press < 4; press += 1) {
      await page.keyboard.press('Tab');
      await expect(dialog.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(revoke.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });
});
