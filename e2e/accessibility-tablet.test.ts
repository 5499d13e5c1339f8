import { describe, expect, it } from 'vitest';
import { startJalon } from './support/jalon-server.ts';
import { PAGES, signIn, violations as violationsOf, visit as visitPage } from './support/page-helpers.ts';

// The tablet pass runs apart from the desktop one (accessibility.test.ts) so
// the two share the run's workers instead of queuing behind each other.
const jalon = await startJalon();
const page = await jalon.newPage({ width: 768, height: 1024 });
page.setDefaultTimeout(10_000);

const violations = () => violationsOf(page);
const visit = (path: string, heading: string) => visitPage(page, path, heading);

describe('axe finds no WCAG 2.1 AA violation on a tablet (768 px)', () => {
  it('login page', async () => {
    await visit('/connexion', 'Connexion à Jalon');
    expect(await violations()).toEqual([]);
    await signIn(page);
  });

  for (const [path, heading] of PAGES) {
    it(`page ${path}`, async () => {
      await visit(path, heading);
      expect(await violations()).toEqual([]);
    });
  }

  it('organisation tree opened, organisation page, user page', async () => {
    await visit('/administration/organisations', 'Organisations');
    await page.getByRole('button', { name: 'Déplier Occitanie' }).click();
    await page.getByRole('button', { name: 'Déplier GHT Est-Hérault et Sud-Aveyron' }).click();
    await page.getByRole('link', { name: 'Centre hospitalier de Millau', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Centre hospitalier de Millau' }).waitFor();
    expect(await violations()).toEqual([]);
    await visit('/administration/utilisateurs', 'Utilisateurs');
    await page.getByRole('link', { name: 'Laurent Vidal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laurent Vidal' }).waitFor();
    expect(await violations()).toEqual([]);
  });
});

describe('indicator pages on a tablet', () => {
  it('CPOM targets of an establishment: the wide table scrolls inside the page', async () => {
    await visit('/cpom', 'CPOM');
    await page.getByRole('combobox', { name: 'Établissement' }).fill('toulouse');
    await page.getByRole('option', { name: /^Centre hospitalier universitaire de Toulouse/ }).click();
    await page.getByRole('button', { name: 'Voir les cibles' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Cibles CPOM — Centre hospitalier universitaire de Toulouse' })
      .waitFor();
    await page.getByRole('table', { name: /^Cibles \d{4} de Centre hospitalier universitaire de Toulouse/ }).waitFor();
    expect(await violations()).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('navigation on a tablet', () => {
  /** Labels of the focus stops before the page content (or the end of the page). */
  async function tabStopsBeforeContent(): Promise<string[]> {
    const stops: string[] = [];
    for (let press = 0; press < 15; press += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body || element.closest('main')) return null;
        return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      });
      if (stop === null) break;
      stops.push(stop);
    }
    return stops;
  }

  it('keeps the folded navigation out of the tab order', async () => {
    await visit('/plans', 'Plans');
    const stops = await tabStopsBeforeContent();
    expect(stops).toContain('Ouvrir le menu de navigation');
    expect(stops).not.toContain('Indicateurs');
  });

  it('opens the navigation from the menu button, then its links are reachable and axe-clean', async () => {
    await visit('/plans', 'Plans');
    const toggle = page.getByRole('button', { name: 'Ouvrir le menu de navigation' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    const close = page.getByRole('button', { name: 'Fermer le menu de navigation' });
    await expect(close.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await violations()).toEqual([]);
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Indicateurs' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Indicateurs' }).waitFor();
    // Following a link folds the navigation again.
    await page.getByRole('button', { name: 'Ouvrir le menu de navigation' }).waitFor();
  });
});
