import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createAppTheme } from '../lib/theme.ts';
import { addTextFormats } from '../lib/text-formats.ts';
import en from '../locales/en.json';
import fr from '../locales/fr.json';

/**
 * Renders a component to HTML with the app's providers, in French or English.
 * Enough to check labels, names and texts without a browser.
 */
/** The app's i18n setup on its own instance, for tests of functions that take `t`. */
export function createTestI18n(language: 'fr' | 'en' = 'fr') {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fr',
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addTextFormats(i18n);
  return i18n;
}

export function renderStatic(node: ReactNode, language: 'fr' | 'en' = 'fr'): string {
  const i18n = createTestI18n(language);
  const queryClient = new QueryClient();
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={createAppTheme({ close: 'Fermer', showPassword: 'Afficher' })}>
        <QueryClientProvider client={queryClient}>{node}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}

/** Visible text of rendered HTML, tags removed and spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The opening tag of the form control a <label> with this exact text points to
 * (through for/id), or null: what a screen reader would announce as the field.
 */
export function controlLabelled(html: string, label: string): string | null {
  for (const match of html.matchAll(/<label[^>]*for="([^"]+)"[^>]*>(.*?)<\/label>/g)) {
    const [, id, content = ''] = match;
    const labelText = textOf(content.replace(/<span[^>]*aria-hidden="true"[^>]*>.*?<\/span>/g, ''));
    if (labelText !== label) continue;
    const control = new RegExp(`<(input|select|textarea)[^>]*id="${id}"[^>]*>`).exec(html);
    return control ? control[0] : null;
  }
  return null;
}
