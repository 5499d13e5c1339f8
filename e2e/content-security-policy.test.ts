import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';

const jalon = await startJalon();

/** A page that records every content security policy violation and every request leaving this server. */
async function watchedPage(): Promise<{ page: Page; violations: string[]; remote: string[] }> {
  const page = await jalon.newPage();
  page.setDefaultTimeout(15_000);
  const violations: string[] = [];
  const remote: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(jalon.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) remote.push(url);
  });
  return { page, violations, remote };
}

describe('content security policy', () => {
  it('lets the web app load, sign in and show its pages with nothing blocked', async () => {
    const { page, violations, remote } = await watchedPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Connexion à Jalon' }).waitFor();
    await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill('direction@jalon.demo');
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await page.getByRole('main').waitFor();
    for (const url of ['/indicateurs/CPOM_OS_3', '/tableaux-de-bord', '/plans']) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    expect(violations).toEqual([]);
    expect(remote).toEqual([]);
  });

  it('lets the API reference render from this server alone', async () => {
    const { page, violations, remote } = await watchedPage();
    await page.goto('/api/docs');
    await page.getByRole('heading', { name: 'Jalon API' }).waitFor();
    await page.getByText('État du service').first().waitFor();
    // Features that would send the API description to Scalar's servers are off.
    await expect(page.getByText('Ask AI').count()).resolves.toBe(0);
    await expect(page.getByText('Generate MCP').count()).resolves.toBe(0);
    expect(violations).toEqual([]);
    expect(remote).toEqual([]);
  });
});
