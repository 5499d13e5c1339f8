import './dom-setup.ts';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createQueryClient } from '../lib/query-client.ts';
import { createAppTheme, cssVariablesResolver } from '../lib/theme.ts';
import { sessionQueryKey } from '../lib/query-keys.ts';
import type { SessionResponse as Session } from '@jalon/contract/auth/login';
import { createTestI18n } from './render-static.tsx';

export interface RenderOptions {
  language?: 'fr' | 'en';
  /** The signed-in session, as the app caches it after GET /api/auth/session. */
  session?: Session | null;
}

export interface RenderWithProvidersResult extends RenderResult {
  user: UserEvent;
  queryClient: QueryClient;
}

/** The app's query client (its 401 handling included), without retries so failures show at once. */
export function createTestQueryClient(): QueryClient {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
    mutations: { retry: false },
  });
  return queryClient;
}

/**
 * Renders a component into jsdom with the providers the app puts around it
 * (i18n in French unless asked, Mantine with the app's theme, notifications,
 * TanStack Query), and a `user` to type and click as a person would.
 * Mantine's `env="test"` turns off transitions and portals, so dialogs and
 * option lists are in the DOM as soon as they open.
 */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderWithProvidersResult {
  const i18n = createTestI18n(options.language ?? 'fr');
  const queryClient = createTestQueryClient();
  if (options.session !== undefined) queryClient.setQueryData(sessionQueryKey, options.session);
  const theme = createAppTheme({ close: i18n.t('Fermer'), showPassword: i18n.t('Afficher les caractères saisis') });
  // No pause between keystrokes: the tests stay fast and React still renders after each one.
  const user = userEvent.setup({ delay: null });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <Notifications />
        <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, user, queryClient };
}

const MANTINE_PART = /^mantine-[A-Za-z]+-(root|error)$/;

function hasPart(element: Element, part: 'root' | 'error'): boolean {
  return [...element.classList].some((name) => MANTINE_PART.test(name) && name.endsWith(`-${part}`));
}

/**
 * The error message shown under a form control (found by its label), or null:
 * what a person reads below the field they must correct.
 */
export function errorUnder(control: HTMLElement): string | null {
  let wrapper: Element | null = control.parentElement;
  while (wrapper && !(hasPart(wrapper, 'root') && wrapper.querySelector('label'))) wrapper = wrapper.parentElement;
  if (!wrapper) return null;
  const error = [...wrapper.querySelectorAll('*')].find((element) => hasPart(element, 'error'));
  return error?.textContent ?? null;
}
