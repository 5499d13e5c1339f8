import Bowser from 'bowser';
import type { TFunction } from 'i18next';

/**
 * "Firefox sur Windows" from a browser's identification string, which people
 * do not read. Names of browsers and systems stay as their makers spell them;
 * only the sentence around them is translated.
 */
export function describeDevice(t: TFunction, userAgent: string | null | undefined): string {
  if (!userAgent) return t('Appareil inconnu');
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name;
  const system = parsed.os.name;
  if (browser && system) return t('{{browser}} sur {{system}}', { browser, system });
  if (browser) return browser;
  if (system) return t('Navigateur inconnu sur {{system}}', { system });
  return t('Appareil inconnu');
}
