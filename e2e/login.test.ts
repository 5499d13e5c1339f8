import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';

const jalon = await startJalon();
// One page for the whole story: the session it gets is the one it loses at logout.
const page = await jalon.newPage();
// Fail on the step that is stuck, well before the test's own time limit.
page.setDefaultTimeout(10_000);

async function fillLogin(email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

describe('login page', () => {
  it('sends an anonymous visitor to the login page, then refuses a wrong password in French', async () => {
    await page.goto('/plans');
    await page.getByRole('heading', { level: 1, name: 'Connexion à Jalon' }).waitFor();
    expect(page.url()).toMatch(/\/connexion\?redirect=%2Fplans$/);
    await expect(page.title()).resolves.toBe('Connexion · Jalon');
    await fillLogin('direction@jalon.demo', 'Mauvais-mot-de-passe-1!');
    const alert = page.getByRole('alert');
    await alert.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    await expect(alert.getByText('Connexion impossible').count()).resolves.toBe(1);
    expect(page.url()).toContain('/connexion');
  });

  it('checks the fields before calling the server', async () => {
    await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill('pas-une-adresse');
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Saisissez une adresse e-mail valide.').waitFor();
    await page.getByText('Saisissez votre mot de passe.').waitFor();
    // Both fields tell assistive technologies they are in error, not only by colour.
    const email = page.getByRole('textbox', { name: 'Adresse e-mail' });
    const password = page.getByRole('textbox', { name: 'Mot de passe', exact: true });
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(password.getAttribute('aria-describedby')).resolves.toMatch(/-error$/);
  });

  it('signs the demo director in, back to the page first asked for, inside the layout', async () => {
    await fillLogin('direction@jalon.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/plans');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const label of ['Accueil', 'Plans', 'Indicateurs', 'CPOM', 'Instances', 'Tableaux de bord']) {
      await expect(nav.getByRole('link', { name: label, exact: true }).count()).resolves.toBe(1);
    }
    await expect(nav.getByRole('group', { name: 'Administration' }).count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: 'Organisations' }).count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: 'Plans' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.getByRole('button', { name: 'Menu de Laurent Vidal' }).waitFor();
  });

  it('moves between pages through the navigation', async () => {
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bonjour Laurent Vidal' }).waitFor();
    await page.getByText('Direction d’établissement', { exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Tableaux de bord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableaux de bord' }).waitFor();
    await expect(page.title()).resolves.toBe('Tableaux de bord · Jalon');
  });

  it('switches the interface to English: labels and html[lang] follow', async () => {
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    // Signed in, the choice is also saved on the account.
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/me') && response.request().method() === 'PATCH',
    );
    await page.getByText('EN', { exact: true }).click();
    expect((await saved).status()).toBe(200);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Dashboards' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Dashboards' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(nav.getByRole('link', { name: 'Indicators' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Indicateurs' }).count()).resolves.toBe(0);
  });

  it('keeps the chosen language after a reload, then switches back to French', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Dashboards' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByText('FR', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableaux de bord' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
  });

  it('logs out through the user menu and cannot come back without signing in', async () => {
    await page.getByRole('button', { name: 'Menu de Laurent Vidal' }).click();
    await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion à Jalon' }).waitFor();
    const session = await page.request.get('/api/auth/session');
    expect(session.status()).toBe(401);
    await page.goto('/tableaux-de-bord');
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/connexion');
  });
});
