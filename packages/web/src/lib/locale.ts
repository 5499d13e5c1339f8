import type { Locale } from '@jalon/contract/users/user';

const STORAGE_KEY = 'jalon.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** The language chosen on this browser; French until someone picks another. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale {
  const value = storage?.getItem(STORAGE_KEY);
  return isLocale(value) ? value : 'fr';
}

export function storeLocale(
  locale: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  storage?.setItem(STORAGE_KEY, locale);
}
