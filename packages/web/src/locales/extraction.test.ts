import { describe, expect, it } from 'vitest';
import fr from './fr.json';

// Every literal passed to t() in the sources, read as text by Vite.
const sources = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function literalKeys(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) =>
    (match[1] ?? '')
      .replace(/\\'/g, "'")
      // As the parser reads them: "\u00a0" in the source is the no-break space itself.
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );
}

describe('text extraction', () => {
  it('reads the sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
  });

  it('finds every t() text in fr.json, so none is left untranslated by a missed extraction', () => {
    const missing = Object.entries(sources).flatMap(([file, source]) =>
      literalKeys(source)
        // A text with a count lives in fr.json under its plural forms (key_one, key_other).
        .filter((key) => !(key in fr) && !(`${key}_other` in fr))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
