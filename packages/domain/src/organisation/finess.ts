/**
 * FINESS numbers (Fichier national des établissements sanitaires et sociaux).
 *
 * A FINESS number has 9 characters: a 2-character department prefix, 6 order
 * digits and a check key. The same shape serves the legal entity (EJ) and each
 * geographical establishment (ET).
 *
 * Department prefix, as FINESS writes it:
 * - 01 to 95 for metropolitan departments, except 20: Corsica has been split
 *   since 1976 and is written 2A (Corse-du-Sud) or 2B (Haute-Corse);
 * - 97 or 98 overseas; the next digits name the territory (9701… Guadeloupe,
 *   9702… Martinique, 9703… Guyane, 9704… La Réunion). We do not check that
 *   digit against a list: numbers keep the territory numbering of the year
 *   they were issued, and the key covers it like any other digit.
 *
 * Check key: the 9th digit is a Luhn (mod 10) key over the first 8 characters.
 * For Corsica the letters count as digits A = 1 and B = 2, so 2A… is keyed as
 * 21… and 2B… as 22…. This is not the NIR rule (2A → 19, 2B → 18): checked
 * against numbers published by the Corsican ARS in the prefectures' official
 * registers (recueils des actes administratifs), e.g. CH d'Ajaccio 2A0000014,
 * CH de Bastia 2B0000020, CH de Calvi 2B0005342, which only pass with A = 1, B = 2.
 */

export type FinessErrorCode = 'FINESS_FORMAT' | 'FINESS_KEY';

export type FinessValidation = { ok: true } | { ok: false; code: FinessErrorCode; message: string };

const SHAPE = /^(?:\d{2}|2[AB])\d{7}$/;
const FIRST8_SHAPE = /^(?:\d{2}|2[AB])\d{6}$/;
const CORSICA_DIGIT: Readonly<Record<string, string>> = { A: '1', B: '2' };

/** Department prefixes that do not exist: 00, 20 (Corsica is 2A/2B), 96, 99. */
function isKnownDepartment(prefix: string): boolean {
  if (prefix === '2A' || prefix === '2B') return true;
  const n = Number(prefix);
  return n >= 1 && n <= 98 && n !== 20 && n !== 96;
}

function luhnKey(digits: string): number {
  let sum = 0;
  // Walking from the right, the rightmost payload digit is doubled: the key
  // that will follow it takes the undoubled position.
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The check key of a FINESS number from its first 8 characters.
 * Throws a RangeError when `first8` is not 8 characters of FINESS shape,
 * since a key of a malformed number means nothing.
 */
export function finessCheckDigit(first8: string): string {
  if (!FIRST8_SHAPE.test(first8)) {
    throw new RangeError(`Expected the first 8 characters of a FINESS number, got "${first8}"`);
  }
  const digits = first8.replace(/[AB]/, (letter) => CORSICA_DIGIT[letter] ?? letter);
  return String(luhnKey(digits));
}

/**
 * Strips the spaces FINESS uses for display ("75 071 218 4") and upper-cases
 * the Corsican letter, so typed or pasted numbers can be validated as stored.
 */
export function normalizeFiness(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Validates a FINESS number in its stored form (see `normalizeFiness`). */
export function validateFiness(s: string): FinessValidation {
  if (s.length !== 9) {
    return {
      ok: false,
      code: 'FINESS_FORMAT',
      message: `Un numéro FINESS compte 9 caractères (${s.length} saisis).`,
    };
  }
  if (!SHAPE.test(s)) {
    return {
      ok: false,
      code: 'FINESS_FORMAT',
      message: 'Un numéro FINESS ne contient que des chiffres, sauf 2A ou 2B en tête pour la Corse.',
    };
  }
  const prefix = s.slice(0, 2);
  if (!isKnownDepartment(prefix)) {
    return {
      ok: false,
      code: 'FINESS_FORMAT',
      message: `Le numéro FINESS commence par « ${prefix} », qui n'est pas un code de département.`,
    };
  }
  const expected = finessCheckDigit(s.slice(0, 8));
  if (s[8] !== expected) {
    return {
      ok: false,
      code: 'FINESS_KEY',
      message: 'La clé de contrôle du numéro FINESS est erronée : vérifiez la saisie.',
    };
  }
  return { ok: true };
}
