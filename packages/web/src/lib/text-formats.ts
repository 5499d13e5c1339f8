import type { i18n as I18n } from 'i18next';

// French drops the vowel of "de" before a word that starts with a vowel sound
// ("Menu d’Isabelle Fabre"). People's names come from data, so the choice is
// made when the text is formatted: `{{name, de}}`. A leading "h" is left alone:
// whether it is mute depends on the word. Not for organisation names, whose
// article changes too ("du Centre hospitalier"): word those texts around it.
const STARTS_WITH_VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

export function withDe(value: string): string {
  return STARTS_WITH_VOWEL.test(value) ? `d’${value}` : `de ${value}`;
}

/** Registers the formats the texts use; English texts simply write `{{name}}`. */
export function addTextFormats(i18n: I18n): void {
  i18n.services.formatter?.add('de', (value: unknown) => withDe(String(value)));
}
