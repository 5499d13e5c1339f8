import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../../packages/server/src/app.ts';
import { seedDemo } from '../../packages/server/src/demo/seed-demo.ts';
import { createTestDatabase } from '../../packages/server/src/test/test-database.ts';

export const DEMO_PASSWORD = 'Demo-Jalon-e2e-2026!';
const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/web/dist');

export interface E2E {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (cookies, storage) at 1280 × 800 unless told otherwise. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
}

/**
 * Jalon with the demo dataset on a private database, served over HTTP on a
 * free port with the built web app, and the shared Chromium.
 */
export async function startJalon(): Promise<E2E> {
  const database = await createTestDatabase();
  await seedDemo(database.db, { password: DEMO_PASSWORD });
  const app = await buildApp({ database, webRoot: WEB_ROOT });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const endpoint = inject('browserEndpoint');
  if (!endpoint)
    throw new Error('Chromium is not installed: run `npm test`, which installs it, or apt-get install chromium');
  const browser = await chromium.connect(endpoint);
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await app.close();
    await database.close();
  });
  return {
    baseUrl: address,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: address,
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        locale: 'fr-FR',
        // The app honours reduced motion (no dialog fade), so what axe measures
        // is the page at rest, not a colour half-way through a transition.
        reducedMotion: 'reduce',
      });
      contexts.push(context);
      return context.newPage();
    },
  };
}
