import { describe, expect, it } from 'vitest';
import { startJalon } from './support/jalon-server.ts';
import { signIn } from './support/page-helpers.ts';

const jalon = await startJalon();
const page = await jalon.newPage();
page.setDefaultTimeout(10_000);

const NEW_USER = { email: 'claire.martin@ch-millau.fr', name: 'Claire Martin', password: 'Cadre-Millau-2026!' };

describe('user administration', () => {
  it('lists the users of the scope with their roles', async () => {
    await signIn(page);
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Utilisateurs' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Utilisateurs' }).waitFor();
    const table = page.getByRole('table', { name: 'Utilisateurs de votre périmètre' });
    const row = table.getByRole('row').filter({ hasText: 'direction@jalon.demo' });
    await row.getByRole('link', { name: 'Laurent Vidal' }).waitFor();
    await row.getByText('Direction d’établissement — Centre hospitalier de Millau').waitFor();
  });

  it('refuses a taken e-mail address and a weak password on their fields', async () => {
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
    await dialog.getByRole('textbox', { name: 'Adresse e-mail' }).fill('direction@jalon.demo');
    await dialog.getByRole('textbox', { name: 'Nom affiché' }).fill(NEW_USER.name);
    await dialog.getByRole('textbox', { name: 'Mot de passe initial', exact: true }).fill('court');
    await dialog.getByRole('button', { name: 'Créer l’utilisateur' }).click();
    await dialog.getByText('Le mot de passe initial ne respecte pas les règles ci-dessous.').waitFor();

    await dialog.getByRole('textbox', { name: 'Mot de passe initial', exact: true }).fill(NEW_USER.password);
    await dialog.getByRole('button', { name: 'Créer l’utilisateur' }).click();
    await dialog.getByText('Cette adresse e-mail est déjà utilisée.').waitFor();
    await expect(dialog.getByRole('textbox', { name: 'Adresse e-mail' }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
  });

  it('creates the user and opens the page, where no role is granted yet', async () => {
    const dialog = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
    await dialog.getByRole('textbox', { name: 'Adresse e-mail' }).fill(NEW_USER.email);
    await dialog.getByRole('button', { name: 'Créer l’utilisateur' }).click();
    await page.getByRole('heading', { level: 1, name: NEW_USER.name }).waitFor();
    await page.getByText(NEW_USER.email).first().waitFor();
    await page.getByText('Aucun rôle n’est attribué à cette personne : elle ne voit aucune donnée.').waitFor();
  });

  it('asks for both a role and an organisation before granting', async () => {
    const form = page.getByRole('form', { name: 'Attribuer un rôle' });
    await form.getByRole('button', { name: 'Attribuer le rôle' }).click();
    await form.getByText('Choisissez un rôle.').waitFor();
    await form.getByText('Choisissez l’organisation sur laquelle le rôle s’exerce.').waitFor();
  });

  it('grants a role on an organisation found by a search without accents', async () => {
    const form = page.getByRole('form', { name: 'Attribuer un rôle' });
    await form.getByRole('combobox', { name: 'Rôle' }).fill('qualit');
    await page.getByRole('option', { name: 'Responsable qualité' }).click();
    await form.getByRole('combobox', { name: 'Organisation' }).fill('pole medecine');
    await page.getByRole('option', { name: 'Pôle médecine et gériatrie — Pôle / regroupement' }).click();
    await form.getByRole('button', { name: 'Attribuer le rôle' }).click();
    await page.getByText('Rôle attribué.').waitFor();

    const roles = page.getByRole('table', { name: `Rôles de ${NEW_USER.name}` });
    const row = roles.getByRole('row').filter({ hasText: 'Responsable qualité' });
    await row.getByRole('link', { name: 'Pôle médecine et gériatrie' }).waitFor();
    await row
      .getByRole('button', { name: 'Retirer le rôle Responsable qualité sur Pôle médecine et gériatrie' })
      .waitFor();
    await expect(form.getByRole('combobox', { name: 'Rôle' }).inputValue()).resolves.toBe('');
  });

  it('shows the creation in the history, and the grant in the list of users', async () => {
    await page.getByRole('tab', { name: 'Historique' }).click();
    const creation = page.getByRole('list', { name: 'Historique des modifications' }).getByRole('listitem').last();
    await creation.getByText('Création').waitFor();
    await creation.getByText('Administration Jalon').waitFor();
    await creation.getByRole('cell', { name: NEW_USER.email }).waitFor();

    await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Utilisateurs' }).click();
    await page.getByRole('searchbox', { name: 'Rechercher un utilisateur' }).fill('claire');
    const results = page.getByRole('table', { name: 'Utilisateurs correspondant à « claire »' });
    // The previous, unfiltered rows stay on screen, marked busy, until the search answers.
    await results.waitFor();
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    const rows = results.getByRole('row');
    await expect(rows.count()).resolves.toBe(2);
    await rows.nth(1).getByText('Responsable qualité — Pôle médecine et gériatrie').waitFor();
  });

  it('lets the new user sign in and see the role and its scope', async () => {
    const newcomer = await jalon.newPage();
    newcomer.setDefaultTimeout(10_000);
    await signIn(newcomer, { email: NEW_USER.email, password: NEW_USER.password, displayName: NEW_USER.name });
    const roles = newcomer.getByRole('region', { name: 'Mes rôles et périmètres' });
    await roles.getByText('Responsable qualité').waitFor();
    await roles.getByText('Pôle médecine et gériatrie').waitFor();
    // A quality manager reads users but does not manage organisations.
    const nav = newcomer.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Utilisateurs' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Organisations' }).count()).resolves.toBe(0);
  });
});
