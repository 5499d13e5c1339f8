import type {
  Authorisation,
  CpomTier,
  EstablishmentCategory,
  LegalStatus,
} from '../organisation/establishment.ts';
import type { Comparator } from './indicator-definition.ts';
import { roundHalfUp } from './numbers.ts';

/**
 * French wording shared by the target engine, value validation and
 * applicability. Kept in one place so every explanation reads the same way.
 */

// One formatter for the whole process: building it costs far more than using it.
const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** 12.4 → "12,4"; 1000 → "1 000" (narrow no-break space, as fr-FR prints it). */
export function formatNumber(value: number): string {
  // Fast path for what explanations mostly show (0 to 999.99, no grouping). Intl rounds the
  // shortest decimal form half away from zero (0.015 → 0,02), which clean() reproduces.
  // -0 passes `>= 0`, yet Intl prints it "-0".
  const nonNegative = value > 0 || Object.is(value, 0);
  if (nonNegative && value < 1000 && Number.isInteger(value)) return String(value);
  if (nonNegative && value < 999.995) {
    const cents = roundHalfUp(value * 100);
    const units = Math.floor(cents / 100);
    const rest = cents - units * 100;
    if (rest === 0) return String(units);
    return rest % 10 === 0 ? `${units},${rest / 10}` : `${units},${rest < 10 ? '0' : ''}${rest}`;
  }
  return numberFormat.format(value);
}

/** Appends " %" for percentages; counts stay bare. */
export function formatQuantity(value: number, percent: boolean): string {
  return percent ? `${formatNumber(value)} %` : formatNumber(value);
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
  'over-500': 'plus de 500 lits',
  '100-499': '100 à 499 lits',
  'under-100': 'moins de 100 lits',
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
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`;
}
