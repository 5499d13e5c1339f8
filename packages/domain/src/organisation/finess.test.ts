import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finessCheckDigit, normalizeFiness, validateFiness } from './finess.ts';

/**
 * Published numbers. Corsican ones appear in the ARS Corse orders printed in
 * the prefectures' registers of administrative acts (2024–2025).
 */
const PUBLISHED: readonly (readonly [string, string])[] = [
  ['750712184', 'AP-HP (EJ)'],
  ['310781406', 'CHU de Toulouse (EJ)'],
  ['760780239', 'CHU de Rouen (EJ)'],
  ['340780477', 'CHU de Montpellier (EJ)'],
  ['300780038', 'CHU de Nîmes (EJ)'],
  ['970421038', 'CHU de La Réunion (EJ)'],
  ['970211207', 'CHU de Martinique (EJ)'],
  ['2A0000014', "CH d'Ajaccio"],
  ['2A0000170', 'CH de Bonifacio'],
  ['2A0000386', 'CH de Castelluccio'],
  ['2A0002606', 'Hôpital de Sartène'],
  ['2B0000020', 'CH de Bastia'],
  ['2B0005342', 'CH de Calvi'],
  ['2B0004246', 'CHI de Corte-Tattone'],
];

describe('validateFiness', () => {
  it.each(PUBLISHED)('accepts %s (%s)', (finess) => {
    expect(validateFiness(finess)).toEqual({ ok: true });
  });

  it.each(PUBLISHED)('rejects %s with its key changed', (finess) => {
    const key = Number(finess[8]);
    const wrong = `${finess.slice(0, 8)}${(key + 1) % 10}`;
    const result = validateFiness(wrong);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('FINESS_KEY');
      expect(result.message).toMatch(/clé de contrôle/);
    }
  });

  it('does not key Corsica the NIR way (2A → 19, 2B → 18)', () => {
    // 2A0000014 is valid; the same digits keyed as 190000014 would need another key.
    expect(finessCheckDigit('2A000001')).toBe('4');
    expect(finessCheckDigit('19000001')).not.toBe('4');
    expect(finessCheckDigit('2B000002')).toBe('0');
    expect(finessCheckDigit('18000002')).not.toBe('0');
  });

  it.each([
    ['', /9 caractères \(0 saisis\)/],
    ['75071218', /9 caractères \(8 saisis\)/],
    ['7507121840', /9 caractères \(10 saisis\)/],
    ['75O712184', /que des chiffres/],
    ['2a0000014', /que des chiffres/],
    ['2C0000014', /que des chiffres/],
    ['7A0712184', /que des chiffres/],
    ['75 712184', /que des chiffres/],
    ['000712184', /« 00 »/],
    ['200000014', /« 20 »/],
    ['960712184', /« 96 »/],
    ['990712184', /« 99 »/],
  ])('rejects the format of %j', (value, message) => {
    const result = validateFiness(value);
    expect(result).toMatchObject({ ok: false, code: 'FINESS_FORMAT' });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('checks the department before the key', () => {
    const first8 = '20071218';
    // Even with a key that would be right, 20 is no department.
    expect(validateFiness(`${first8}${finessCheckDigit(first8)}`)).toMatchObject({
      code: 'FINESS_FORMAT',
    });
  });

  it('accepts every well-formed number whose key is computed, and no other key', () => {
    const prefix = fc.oneof(
      fc
        .integer({ min: 1, max: 98 })
        .filter((n) => n !== 20 && n !== 96)
        .map((n) => String(n).padStart(2, '0')),
      fc.constantFrom('2A', '2B'),
    );
    const order = fc.stringMatching(/^\d{6}$/);
    fc.assert(
      fc.property(prefix, order, fc.integer({ min: 1, max: 9 }), (p, o, shift) => {
        const first8 = `${p}${o}`;
        const key = finessCheckDigit(first8);
        expect(validateFiness(`${first8}${key}`)).toEqual({ ok: true });
        const wrong = String((Number(key) + shift) % 10);
        expect(validateFiness(`${first8}${wrong}`)).toMatchObject({ ok: false, code: 'FINESS_KEY' });
      }),
    );
  });

  it('catches any single-digit typo in the order number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PUBLISHED.map(([f]) => f)),
        fc.integer({ min: 2, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        (finess, pos, shift) => {
          const typo = String((Number(finess[pos]) + shift) % 10);
          const changed = `${finess.slice(0, pos)}${typo}${finess.slice(pos + 1)}`;
          expect(validateFiness(changed).ok).toBe(false);
        },
      ),
    );
  });
});

describe('finessCheckDigit', () => {
  it('computes the Luhn key over the first 8 characters', () => {
    expect(finessCheckDigit('75071218')).toBe('4');
    expect(finessCheckDigit('31078140')).toBe('6');
    expect(finessCheckDigit('00000000')).toBe('0');
  });

  it.each(['7507121', '750712184', '2C000001', '20A00001', 'ABCDEFGH'])('refuses %j', (value) => {
    expect(() => finessCheckDigit(value)).toThrow(RangeError);
  });
});

describe('normalizeFiness', () => {
  it('removes display spaces and upper-cases the Corsican letter', () => {
    expect(normalizeFiness(' 75 071 218 4 ')).toBe('750712184');
    expect(normalizeFiness('2a 000 001 4')).toBe('2A0000014');
    expect(validateFiness(normalizeFiness('2b 000 002 0'))).toEqual({ ok: true });
  });
});
