import { chromium, type BrowserServer } from 'playwright-core';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from '../../scripts/ensure-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket endpoint of the one Chromium shared by every browser test file. */
    browserEndpoint: string;
  }
}

// Flags for a closed network: no background calls home, no sandbox as root.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Chromium once for the run; test files connect to it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // `npm test` installs Chromium first; a partial run without it fails only its browser tests.
  if (!existsSync(CHROMIUM)) {
    project.provide('browserEndpoint', '');
    return async () => {};
  }
  const server: BrowserServer = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
