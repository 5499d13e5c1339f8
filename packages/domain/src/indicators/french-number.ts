/**
 * Reads a number as a French user types it: a decimal comma (or a point),
 * spaces grouping the thousands, a minus sign. Anything it cannot read exactly
 * is refused with a reason rather than guessed at, because a guess ("2,5" read
 * as 25, "-3" as 3) is saved, shown as the establishment's value and then feeds
 * next year's target.
 */

export type NumberReadingProblem =
  /** Nothing but spaces. */
  | 'EMPTY'
  /** A letter, a symbol or a character that has no place in a number. */
  | 'NOT_A_NUMBER'
  /** "2,5,1", "1.234,5": a number has one decimal separator. */
  | 'SEVERAL_DECIMAL_SEPARATORS'
  /** "1 23", "12 3456", "2,5 1": groups of three digits, left of the decimal separator only. */
  | 'MISPLACED_GROUP'
  /** "2,", ",5", "-": digits are missing around a sign or separator. */
  | 'INCOMPLETE'
  /** A minus sign where the indicator takes no negative value. */
  | 'NEGATIVE_NOT_ALLOWED';

export type NumberReading = { ok: true; value: number } | { ok: false; problem: NumberReadingProblem };

export interface NumberReadingOptions {
  /** Whether a minus sign is kept (a change, a balance) or refused (a count, a rate). */
  allowNegative?: boolean;
}

// Spaces as typed or pasted: a plain space, a no-break space (U+00A0), the narrow
// no-break space fr-FR prints between thousands (U+202F) and a thin space (U+2009).
const SPACES = /[ \u00a0\u202f\u2009]/;
const LEADING_OR_TRAILING_SPACES = /^[ \u00a0\u202f\u2009\t]+|[ \u00a0\u202f\u2009\t]+$/g;
// A hyphen-minus as typed, or the minus sign (U+2212) of text copied from a document.
const MINUS = /^[-\u2212]/;
const ALLOWED = /^[0-9 \u00a0\u202f\u2009,.]*$/;
/** One group of one to three digits, then groups of exactly three, each after one space. */
const GROUPED_INTEGER = /^[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+$/;

function refuse(problem: NumberReadingProblem): NumberReading {
  return { ok: false, problem };
}

/** The integer part's digits, its groups checked; undefined when they are misplaced. */
function integerDigits(text: string): string | undefined {
  if (!SPACES.test(text)) return text;
  return GROUPED_INTEGER.test(text) ? text.replace(/[^0-9]/g, '') : undefined;
}

/**
 * "2,5" → 2.5, "1 234,5" → 1234.5, "-3" → -3 when negatives are allowed.
 * What is read is exactly the decimal number written: digits are never dropped.
 */
export function readFrenchNumber(input: string, options: NumberReadingOptions = {}): NumberReading {
  let text = input.replace(LEADING_OR_TRAILING_SPACES, '');
  if (text === '') return refuse('EMPTY');
  const negative = MINUS.test(text);
  if (negative || text.startsWith('+')) text = text.slice(1);
  if (!ALLOWED.test(text)) return refuse('NOT_A_NUMBER');
  const separators = text.match(/[,.]/g) ?? [];
  if (separators.length > 1) return refuse('SEVERAL_DECIMAL_SEPARATORS');
  const [whole = '', fraction] = text.split(/[,.]/);
  if (whole === '' || fraction === '') return refuse('INCOMPLETE');
  if (fraction !== undefined && SPACES.test(fraction)) return refuse('MISPLACED_GROUP');
  const digits = integerDigits(whole);
  if (digits === undefined) return refuse('MISPLACED_GROUP');
  if (negative && options.allowNegative !== true) return refuse('NEGATIVE_NOT_ALLOWED');
  const value = Number(`${negative ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`);
  // "-0" is zero as a person means it; Number would keep the sign of the zero.
  return { ok: true, value: value === 0 ? 0 : value };
}
