import type { Authorisation, CpomTier, EstablishmentCategory, LegalStatus } from '../organisation/establishment.ts';
import type { Comparator } from './indicator-definition.ts';
import { roundHalfUp } from './numbers.ts';

/**
 * French wording shared by the target engine, value validation and
 * applicability. Kept in one place so every explanation reads the same way.
 */

// One formatter for the whole process: building it costs far more than using it.
const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** fr-FR groups thousands with a narrow no-break space. */
const GROUP_SEPARATOR = '\u202f';
/** Below this, clean() removes the noise of value × 100, so cents round exactly as Intl does. */
const EXACT_FRACTION_LIMIT = 90_000;
/** Below this, a whole number prints as plain digits (no exponent) and stays exact. */
const EXACT_INTEGER_LIMIT = 1e15;

/**
 * 12.4 → "12,4"; 1000 → "1 000" (narrow no-break space), exactly as
 * Intl.NumberFormat fr-FR with two decimals prints it, without calling it:
 * Intl costs about a microsecond a number, more than a whole judgement.
 * Intl rounds the shortest decimal form half away from zero (0.015 → 0,02),
 * which rounding the cleaned magnitude reproduces; it also prints -0 as "-0".
 */
export function formatNumber(value: number): string {
  const negative = value < 0 || Object.is(value, -0);
  const magnitude = negative ? -value : value;
  let text: string;
  if (Number.isInteger(magnitude) && magnitude < EXACT_INTEGER_LIMIT) text = groupThousands(magnitude);
  else if (magnitude < EXACT_FRACTION_LIMIT) text = formatCents(roundHalfUp(magnitude * 100));
  // NaN, infinities and huge fractional values are rare enough to leave to Intl.
  else return numberFormat.format(value);
  return negative ? `-${text}` : text;
}

// Explanations print hundreds of thousands of numbers: the pieces below 1,000 are written once.
const BELOW_1000 = Array.from({ length: 1000 }, (_, n) => String(n));
const GROUP_OF_3 = BELOW_1000.map((digits) => GROUP_SEPARATOR + digits.padStart(3, '0'));
/** ",5" for 50 cents, ",05" for 5: the trailing zero is dropped, as Intl does. */
const DECIMALS = Array.from({ length: 100 }, (_, cents) =>
  cents === 0 ? '' : cents % 10 === 0 ? `,${cents / 10}` : `,${String(cents).padStart(2, '0')}`,
);

function formatCents(cents: number): string {
  const units = Math.floor(cents / 100);
  return groupThousands(units) + (DECIMALS[cents - units * 100] ?? '');
}

function groupThousands(whole: number): string {
  if (whole < 1000) return BELOW_1000[whole] ?? String(whole);
  const thousands = Math.floor(whole / 1000);
  return groupThousands(thousands) + (GROUP_OF_3[whole - thousands * 1000] ?? '');
}

/**
 * French typography joins a number to its unit, and a comparison sign to its
 * number, with a no-break space: "≥ 7 %" never breaks as "≥ 7 ⏎ %".
 */
export const NBSP = '\u00a0';

/** Appends " %" (no-break space) for percentages; counts stay bare. */
export function formatQuantity(value: number, percent: boolean): string {
  return percent ? `${formatNumber(value)}${NBSP}%` : formatNumber(value);
}

/** "≥ 15 %": the comparison sign held to what it compares with a no-break space. */
export function formatComparison(comparator: Comparator, quantity: string): string {
  return `${COMPARATOR_SYMBOLS[comparator]}${NBSP}${quantity}`;
}

export const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

export function formatBoolean(value: boolean): string {
  return value ? 'Oui' : 'Non';
}

export const CATEGORY_LABELS: Readonly<Record<EstablishmentCategory, string>> = {
  chu: 'CHU',
  ch: 'CH',
  chs: 'CHS / EPSM',
  espic: 'ESPIC',
  clinic: 'clinique privée',
  had: 'HAD',
  smr: 'SMR',
  'cancer-centre': 'centre de lutte contre le cancer',
  'local-hospital': 'hôpital de proximité',
  'medico-social': 'établissement médico-social',
};

export const LEGAL_STATUS_LABELS: Readonly<Record<LegalStatus, string>> = {
  public: 'public',
  'private-non-profit': 'privé à but non lucratif',
  'private-for-profit': 'privé à but lucratif',
};

export const TIER_LABELS: Readonly<Record<CpomTier, string>> = {
  'over-500': `plus de 500${NBSP}lits`,
  '100-499': `100 à 499${NBSP}lits`,
  'under-100': `moins de 100${NBSP}lits`,
};

export const AUTHORISATION_LABELS: Readonly<Record<Authorisation, string>> = {
  emergency: 'structure des urgences',
  had: 'hospitalisation à domicile',
  maternity: 'maternité',
  imaging: 'équipements lourds d’imagerie',
  psychiatry: 'psychiatrie',
  smr: 'soins médicaux et de réadaptation',
  surgery: 'chirurgie',
  oncology: 'traitement du cancer',
  'intensive-care': 'soins critiques',
  mammography: 'mammographie',
};

/** "CHU, CH et ESPIC" */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`;
}
