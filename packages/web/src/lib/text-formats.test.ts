import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addTextFormats, withDe } from './text-formats.ts';

describe('withDe', () => {
  it('elides "de" before a vowel, accented or capital', () => {
    expect(withDe('Isabelle Fabre')).toBe('d’Isabelle Fabre');
    expect(withDe('Émilie Chevalier')).toBe('d’Émilie Chevalier');
    expect(withDe('Occitanie')).toBe('d’Occitanie');
  });

  it('keeps "de" before a consonant, and before an h that may not be mute', () => {
    expect(withDe('Laurent Vidal')).toBe('de Laurent Vidal');
    expect(withDe('Hélène Blanc')).toBe('de Hélène Blanc');
  });

  it('is available to the texts as the `de` format', () => {
    const i18n = i18next.createInstance();
    const key = 'user-menu';
    void i18n.init({ lng: 'fr', resources: { fr: { translation: { [key]: 'Menu {{name, de}}' } } }, initAsync: false });
    addTextFormats(i18n);
    expect(i18n.t(key, { name: 'Isabelle Fabre' })).toBe('Menu d’Isabelle Fabre');
  });
});
