import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './jalon-server.ts';

export const ADMIN = {
  email: 'admin@jalon.demo',
  password: DEMO_PASSWORD,
  displayName: 'Administration Jalon',
} as const;

/** Signs in through the login form and waits for the greeting of the home page. */
export async function signIn(
  page: Page,
  account: { email: string; password: string; displayName: string } = ADMIN,
): Promise<void> {
  await page.goto('/connexion');
  await page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(account.email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: `Bonjour ${account.displayName}` }).waitFor();
}

/** Pages reached by address, each with the level-1 heading that says it is there. */
export const PAGES: [path: string, heading: string][] = [
  ['/', `Bonjour ${ADMIN.displayName}`],
  ['/plans', 'Plans'],
  ['/indicateurs', 'Indicateurs'],
  ['/indicateurs?q=mammo', 'Indicateurs'],
  ['/indicateurs/CPOM_OS_12', 'CPOM_OS_12 — Nombre de mammographies et d’échographies mammaires réalisées par an'],
  ['/indicateurs/CPOM_XX_99', 'Indicateur introuvable'],
  ['/cpom', 'CPOM'],
  ['/instances', 'Instances'],
  ['/tableaux-de-bord', 'Tableaux de bord'],
  ['/mon-compte', 'Mon compte'],
  ['/administration/organisations', 'Organisations'],
  ['/administration/utilisateurs', 'Utilisateurs'],
  ['/nulle-part', 'Page introuvable'],
];

export async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/** Waits until nothing is loading (skeletons, spinners) and every transition has ended. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .mantine-Loader-root'));
  // A dialog caught half-faded has colours it never keeps.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => null)),
    ),
  );
}

/**
 * Headings that go down more than one level at once. RGAA 9.1 asks for a
 * coherent outline (WCAG 1.3.1); axe files it under best practice only.
 */
async function skippedHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skipped: string[] = [];
    let previous = 0;
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(heading.tagName.slice(1));
      if (level > previous + 1)
        skipped.push(`heading-order: h${previous} then h${level} "${heading.textContent?.trim() ?? ''}"`);
      previous = level;
    }
    return skipped;
  });
}

/** Every WCAG 2.1 A/AA violation axe finds, one line each, so a failure names the rule and the elements. */
export async function violations(page: Page): Promise<string[]> {
  await settle(page);
  // Legacy mode runs axe in the page itself instead of opening a helper page
  // per run, which halves the time; Jalon has no iframes for it to miss.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  const found = result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  return [...found, ...(await skippedHeadings(page))];
}

/**
 * Types into a searchable list and waits until every option it shows answers
 * that search: until then it still holds the first, unfiltered page, and what
 * axe sees would depend on how fast the machine is.
 */
export async function searchList(page: Page, combobox: string, text: string, everyOption: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).fill(text);
  await page.waitForFunction(
    ({ source, flags }) => {
      // Closed lists may keep their options mounted, hidden: only the open one counts.
      const options = [...document.querySelectorAll('[role="option"]')].filter((node) => node.checkVisibility());
      return options.length > 0 && options.every((node) => new RegExp(source, flags).test(node.textContent ?? ''));
    },
    { source: everyOption.source, flags: everyOption.flags },
  );
}

/** Elements of the open list that scroll: keyboard users could not reach what they hide. */
export async function scrollingInList(page: Page): Promise<string[]> {
  return page.getByRole('listbox').evaluate((listbox) => {
    const dropdown = listbox.closest('.mantine-Popover-dropdown') ?? listbox;
    return [dropdown, ...dropdown.querySelectorAll('*')]
      .filter(
        (node) =>
          node.scrollHeight > node.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(node).overflowY),
      )
      .map((node) => node.className);
  });
}
