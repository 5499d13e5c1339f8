import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';
import { signIn, violations } from './support/page-helpers.ts';

const jalon = await startJalon();
const QUALITY_MANAGER = {
  email: 'qualite@jalon.demo',
  password: DEMO_PASSWORD,
  displayName: 'Isabelle Fabre',
} as const;
const MILLAU = 'Centre hospitalier de Millau';

/** Millau's judgement counts for a year, straight from the API through the page's session. */
async function millauSummary(page: Page, year: number): Promise<{ met: number }> {
  const units = (await (await page.request.get('/api/org-units?kind=establishment&q=millau')).json()) as {
    items: { id: string }[];
  };
  const response = await page.request.get(`/api/establishments/${units.items[0]!.id}/targets?year=${year}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { summary: { met: number } }).summary;
}

describe('the home page as each role’s starting point', () => {
  it('leads a quality manager to CPOM entry first, with her establishment’s judgements and what is due', async () => {
    const page = await jalon.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, QUALITY_MANAGER);
    const actions = page.getByRole('region', { name: 'Ce que vous pouvez faire' });
    const first = actions.getByRole('link').first();
    await expect(first.textContent()).resolves.toBe('Saisir les valeurs CPOM de votre établissement');
    const cpom = page.getByRole('table', { name: /^Appréciations CPOM de vos établissements/ });
    // The demo's 2025 values, as the targets route judges them.
    const { met } = await millauSummary(page, 2025);
    expect(met).toBeGreaterThan(0);
    const row2025 = cpom.getByRole('row').filter({ has: page.getByRole('cell', { name: '2025', exact: true }) });
    await row2025.getByRole('rowheader', { name: MILLAU }).waitFor();
    await row2025
      .getByRole('cell', { name: String(met), exact: true })
      .first()
      .waitFor();
    await expect(row2025.getByRole('cell').nth(1).textContent()).resolves.toBe(String(met));
    await cpom
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '2026', exact: true }) })
      .waitFor();
    expect(await violations(page)).toEqual([]);
    await first.click();
    await page.getByRole('heading', { level: 1, name: 'CPOM' }).waitFor();
  });

  it('names the platform administrator’s role once, with its three regions', async () => {
    const page = await jalon.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page);
    const roles = page.getByRole('region', { name: 'Mes rôles et périmètres' });
    await roles.getByRole('link', { name: 'Normandie' }).waitFor();
    await expect(roles.getByText('Administration de la plateforme', { exact: true }).count()).resolves.toBe(1);
    await expect(roles.getByRole('link').count()).resolves.toBe(3);
  });

  it('shows the dashboards of what exists: the 2025 judgements, in words beside the bar', async () => {
    const page = await jalon.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, QUALITY_MANAGER);
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Tableaux de bord' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tableaux de bord' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Année' }).inputValue()).resolves.toBe('2025');
    const millau = page.getByRole('region', { name: MILLAU });
    const met = (await millauSummary(page, 2025)).met;
    await millau.getByRole('list', { name: 'Répartition des appréciations' }).getByText(`Atteint : ${met}`).waitFor();
    await expect(page.getByText('Les tableaux de bord se remplissent').count()).resolves.toBe(0);
    expect(await violations(page)).toEqual([]);
  });
});
