import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

// A placeholder may carry a format (`{{name, de}}`): its name is what must match.
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((match) => match[1]).sort();

/** `key_one` → [`key`, `one`]: i18next's plural forms, chosen by the language's own rules. */
const pluralForm = (key: string) => /^(.*)_(zero|one|two|few|many|other)$/s.exec(key);

describe('locales', () => {
  it('has an English text for every French key', () => {
    const english = en as Record<string, string>;
    // French has a "many" form English never asks for; English needs its "other" form.
    const missing = Object.keys(fr).filter((key) => {
      const plural = pluralForm(key);
      return plural ? !english[`${plural[1]}_other`] : !english[key];
    });
    expect(missing).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    for (const [key, value] of Object.entries(en as Record<string, string>)) {
      // A singular may spell out its count ("one sub-unit").
      const ignored = pluralForm(key) ? ['count'] : [];
      const of = (text: string) => placeholders(text).filter((name) => !ignored.includes(name ?? ''));
      expect(of(value), key).toEqual(of(key));
    }
  });
});
