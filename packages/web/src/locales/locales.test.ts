import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('locales', () => {
  it('has an English text for every French key', () => {
    const missing = Object.keys(fr).filter((key) => !(en as Record<string, string>)[key]);
    expect(missing).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    for (const [key, value] of Object.entries(en as Record<string, string>)) {
      expect(placeholders(value), key).toEqual(placeholders(key));
    }
  });
});
