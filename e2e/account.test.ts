import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';

const jalon = await startJalon();
const page = await jalon.newPage();
page.setDefaultTimeout(10_000);
// Browsers without the page's session: one tries passwords, the other API tokens
// (so a session cookie picked up by a login cannot stand in for a token).
const outsider = (await jalon.newPage()).request;
const tokenClient = (await jalon.newPage()).request;

const EMAIL = 'qualite@jalon.demo';
const NEW_PASSWORD = 'Qualité-Millau-2026!';

async function loginStatus(password: string): Promise<number> {
  const response = await outsider.post('/api/auth/login', { data: { email: EMAIL, password } });
  return response.status();
}

describe('Mon compte', () => {
  it('is reached from the user menu', async () => {
    await page.goto('/connexion');
    await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(EMAIL);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Menu d’Isabelle Fabre' }).click();
    await page.getByRole('menuitem', { name: 'Mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await expect(page.title()).resolves.toBe('Mon compte · Jalon');
  });

  it('refuses a weak new password with an error on that field, and ticks the rules as they are met', async () => {
    await page.getByRole('tab', { name: 'Mot de passe' }).click();
    const current = page.getByRole('textbox', { name: 'Mot de passe actuel' });
    const next = page.getByRole('textbox', { name: 'Nouveau mot de passe', exact: true });
    await current.fill(DEMO_PASSWORD);
    await next.fill('millau');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Le nouveau mot de passe ne respecte pas les règles ci-dessous.').waitFor();
    await expect(next.getAttribute('aria-invalid')).resolves.toBe('true');
    const rules = page.getByRole('list', { name: 'Règles du mot de passe' });
    await rules.getByRole('listitem').filter({ hasText: 'Une lettre minuscule' }).getByText('(respectée)').waitFor();
    await rules
      .getByRole('listitem')
      .filter({ hasText: 'Au moins 12 caractères' })
      .getByText('(non respectée)')
      .waitFor();
    await expect(loginStatus(DEMO_PASSWORD)).resolves.toBe(200);
  });

  it('refuses a wrong current password on its own field', async () => {
    await page.getByRole('textbox', { name: 'Mot de passe actuel' }).fill('Pas-le-bon-mot-2026!');
    await page.getByRole('textbox', { name: 'Nouveau mot de passe', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('textbox', { name: 'Confirmez le nouveau mot de passe' }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Mot de passe actuel incorrect.').waitFor();
    await expect(page.getByRole('textbox', { name: 'Mot de passe actuel' }).getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
  });

  it('asks for the new password twice, different from the current one', async () => {
    await page.getByRole('textbox', { name: 'Mot de passe actuel' }).fill(DEMO_PASSWORD);
    await page.getByRole('textbox', { name: 'Nouveau mot de passe', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('textbox', { name: 'Confirmez le nouveau mot de passe' }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Le nouveau mot de passe doit être différent de l’actuel.').waitFor();
    await page.getByText('Les deux saisies du nouveau mot de passe diffèrent.').waitFor();
  });

  it('changes the password: the old one stops working, the new one works', async () => {
    await page.getByRole('textbox', { name: 'Mot de passe actuel' }).fill(DEMO_PASSWORD);
    await page.getByRole('textbox', { name: 'Nouveau mot de passe', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('textbox', { name: 'Confirmez le nouveau mot de passe' }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page
      .getByText('Mot de passe modifié. Vos autres sessions ont été fermées et vos jetons d’API révoqués.')
      .waitFor();
    await expect(page.getByRole('textbox', { name: 'Nouveau mot de passe', exact: true }).inputValue()).resolves.toBe(
      '',
    );
    await expect(loginStatus(DEMO_PASSWORD)).resolves.toBe(401);
    await expect(loginStatus(NEW_PASSWORD)).resolves.toBe(200);
  });

  let secret = '';

  it('creates an API token and shows its value once', async () => {
    await page.getByRole('tab', { name: 'Jetons d’API' }).click();
    await page.getByText('Aucun jeton d’API').waitFor();
    await page.getByRole('textbox', { name: 'Nom du nouveau jeton' }).fill('Import SAE');
    await page.getByRole('button', { name: 'Créer un jeton' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Jeton « Import SAE » créé' });
    await alert.getByText('il ne sera plus jamais affiché', { exact: false }).waitFor();
    secret = (await alert.getByLabel('Valeur du jeton').innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    const table = page.getByRole('table', { name: 'Vos jetons d’API' });
    await table.getByRole('rowheader', { name: 'Import SAE' }).waitFor();
    await table.getByRole('cell', { name: 'Jamais utilisé' }).waitFor();

    const withToken = await tokenClient.get('/api/me/tokens', { headers: { Authorization: `Bearer ${secret}` } });
    expect(withToken.status()).toBe(200);

    await alert.getByRole('button', { name: 'J’ai copié le jeton' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('tab', { name: 'Jetons d’API' }).click();
    await page
      .getByRole('table', { name: 'Vos jetons d’API' })
      .getByRole('rowheader', { name: 'Import SAE' })
      .waitFor();
    await expect(page.getByText(secret).count()).resolves.toBe(0);
  });

  it('revokes the token after confirmation: it is gone from the list and refused by the API', async () => {
    await page.getByRole('button', { name: 'Révoquer le jeton Import SAE' }).click();
    const dialog = page.getByRole('dialog', { name: 'Révoquer ce jeton ?' });
    await dialog.getByText('Le jeton « Import SAE » cessera immédiatement de fonctionner.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Révoquer le jeton' }).click();
    await page.getByText('Aucun jeton d’API').waitFor();
    await expect(page.getByRole('table', { name: 'Vos jetons d’API' }).count()).resolves.toBe(0);
    const refused = await tokenClient.get('/api/me/tokens', { headers: { Authorization: `Bearer ${secret}` } });
    expect(refused.status()).toBe(401);
  });
});
