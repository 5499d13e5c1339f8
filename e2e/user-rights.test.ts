import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startJalon } from './support/jalon-server.ts';
import { signIn } from './support/page-helpers.ts';

const jalon = await startJalon();
const DIRECTOR = { email: 'direction@jalon.demo', password: DEMO_PASSWORD, displayName: 'Laurent Vidal' };

async function usersTable(page: Page) {
  await page.goto('/administration/utilisateurs');
  const table = page.getByRole('table', { name: 'Utilisateurs de votre périmètre' });
  await table.getByRole('link', { name: 'Laurent Vidal' }).waitFor();
  return table;
}

/** Status labels whose text does not fit in their badge. */
async function cutStatusLabels(page: Page): Promise<string[]> {
  const table = await usersTable(page);
  return table
    .locator('.mantine-Badge-label')
    .evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent ?? ''),
    );
}

describe('users table of a director', () => {
  for (const width of [1280, 768]) {
    it(`shows every status badge whole at ${width} px`, async () => {
      const page = await jalon.newPage({ width });
      page.setDefaultTimeout(10_000);
      await signIn(page, DIRECTOR);
      const table = await usersTable(page);
      await expect(table.locator('.mantine-Badge-label').count()).resolves.toBeGreaterThan(1);
      await expect(cutStatusLabels(page)).resolves.toEqual([]);
    });
  }
});

describe('grant form of a director', () => {
  it('offers the roles he may grant and none above his own', async () => {
    const page = await jalon.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, DIRECTOR);
    const table = await usersTable(page);
    await table.getByRole('link', { name: 'Isabelle Fabre' }).click();
    const form = page.getByRole('form', { name: 'Attribuer un rôle' });
    await form.getByRole('combobox', { name: 'Rôle' }).click();
    const options = page.getByRole('listbox').getByRole('option');
    await options.first().waitFor();
    const offered = await options.allTextContents();
    expect(offered).toContain('Responsable qualité');
    expect(offered).toContain('Direction d’établissement');
    expect(offered).not.toContain('Pilotage des CPOM (ARS)');
    expect(offered).not.toContain('Administration de la plateforme');
  });
});
