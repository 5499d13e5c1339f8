import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { readStoredLocale } from '../lib/locale.ts';
import { addTextFormats } from '../lib/text-formats.ts';

function setDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

// Keys are the French sentences themselves, so '.' and ':' are ordinary text;
// an English value left empty falls back to the French key rather than a blank.
export function initI18n(): typeof i18next {
  i18next.on('languageChanged', setDocumentLanguage);
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: readStoredLocale(),
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addTextFormats(i18next);
  setDocumentLanguage(i18next.language);
  return i18next;
}
